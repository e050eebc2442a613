import type { Db } from '../../db/connection.js';
import { searchPrefixes, sortName } from './directory-search.js';
import type {
  ContactEntry,
  LocationEntry,
  OrganizationFields,
  PhoneEntry,
  ScheduleEntry,
  ServiceAtLocationEntry,
  ServiceFields,
} from './directory-model.js';

// Writes of the directory's rows. Parts (phones, contacts, schedules, service_at_location) are
// replaced as a whole list on every save; locations are kept by id because services point at them.

export function organizationValues(fields: OrganizationFields) {
  return {
    name: fields.name,
    alternate_name: fields.alternateName,
    description: fields.description,
    email: fields.email,
    website: fields.website,
    referral_email: fields.referralEmail,
    shared: fields.shared,
    sample: fields.sample,
  };
}

export function serviceValues(fields: ServiceFields, searchText: string) {
  return {
    name: fields.name,
    alternate_name: fields.alternateName,
    description: fields.description,
    status: fields.status,
    email: fields.email,
    url: fields.url,
    eligibility_description: fields.eligibilityDescription,
    fees_description: fields.feesDescription,
    application_process: fields.applicationProcess,
    languages: fields.languages,
    required_documents: fields.requiredDocuments,
    categories: fields.categories,
    cost_options: JSON.stringify(fields.costOptions),
    shared: fields.shared,
    sample: fields.sample,
    search_text: searchText,
    search_prefixes: searchPrefixes(searchText),
    sort_name: sortName(fields.name),
  };
}

export async function insertOrganizationRow(
  trx: Db,
  centerId: string,
  fields: OrganizationFields,
  createdAt?: Date,
): Promise<string> {
  const row = await trx
    .insertInto('directory_organizations')
    .values({ center_id: centerId, ...organizationValues(fields), created_at: createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertServiceRow(
  trx: Db,
  centerId: string,
  organizationId: string,
  fields: ServiceFields,
  searchText: string,
  createdAt?: Date,
): Promise<string> {
  const row = await trx
    .insertInto('directory_services')
    .values({
      center_id: centerId,
      organization_id: organizationId,
      ...serviceValues(fields, searchText),
      created_at: createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

type PhoneOwner = { organization_id: string } | { service_id: string } | { location_id: string };

export async function replacePhones(
  trx: Db,
  centerId: string,
  owner: PhoneOwner,
  phones: readonly Omit<PhoneEntry, 'id'>[],
): Promise<void> {
  const [column, id] = Object.entries(owner)[0] as [keyof PhoneOwner & string, string];
  await trx
    .deleteFrom('directory_phones')
    .where('center_id', '=', centerId)
    .where(column as 'organization_id', '=', id)
    .execute();
  if (phones.length === 0) return;
  await trx
    .insertInto('directory_phones')
    .values(
      phones.map((p, position) => ({
        center_id: centerId,
        ...owner,
        position,
        number: p.number,
        extension: p.extension,
        type: p.type,
        description: p.description,
      })),
    )
    .execute();
}

type ContactOwner = { organization_id: string } | { service_id: string };

export async function replaceContacts(
  trx: Db,
  centerId: string,
  owner: ContactOwner,
  contacts: readonly Omit<ContactEntry, 'id'>[],
): Promise<void> {
  const [column, id] = Object.entries(owner)[0] as [string, string];
  await trx
    .deleteFrom('directory_contacts')
    .where('center_id', '=', centerId)
    .where(column as 'organization_id', '=', id)
    .execute();
  if (contacts.length === 0) return;
  await trx
    .insertInto('directory_contacts')
    .values(
      contacts.map((c, position) => ({
        center_id: centerId,
        ...owner,
        position,
        name: c.name,
        title: c.title,
        department: c.department,
        email: c.email,
      })),
    )
    .execute();
}

export async function replaceSchedules(
  trx: Db,
  centerId: string,
  serviceId: string,
  schedules: readonly Omit<ScheduleEntry, 'id'>[],
): Promise<void> {
  await trx
    .deleteFrom('directory_schedules')
    .where('center_id', '=', centerId)
    .where('service_id', '=', serviceId)
    .execute();
  if (schedules.length === 0) return;
  await trx
    .insertInto('directory_schedules')
    .values(
      schedules.map((s, position) => ({
        center_id: centerId,
        service_id: serviceId,
        position,
        byday: s.byday,
        opens_at: s.opensAt,
        closes_at: s.closesAt,
        valid_from: s.validFrom,
        valid_to: s.validTo,
        description: s.description,
      })),
    )
    .execute();
}

/** Links a service to locations of its organization (ids already checked by the caller). */
export async function replaceServiceLocations(
  trx: Db,
  centerId: string,
  serviceId: string,
  links: readonly Omit<ServiceAtLocationEntry, 'id'>[],
): Promise<void> {
  await trx
    .deleteFrom('directory_service_locations')
    .where('center_id', '=', centerId)
    .where('service_id', '=', serviceId)
    .execute();
  if (links.length === 0) return;
  await trx
    .insertInto('directory_service_locations')
    .values(
      links.map((l, position) => ({
        center_id: centerId,
        service_id: serviceId,
        location_id: l.locationId,
        position,
        description: l.description,
      })),
    )
    .execute();
}

/** A location to save: a known id keeps the row, null adds one. */
export type LocationDraft = Omit<LocationEntry, 'id' | 'phones'> & {
  id: string | null;
  phones: Omit<PhoneEntry, 'id'>[];
};

function locationValues(location: Omit<LocationEntry, 'id' | 'phones'>, position: number) {
  return {
    position,
    name: location.name,
    description: location.description,
    transportation: location.transportation,
    address_1: location.address?.address1 ?? null,
    address_2: location.address?.address2 ?? null,
    city: location.address?.city ?? null,
    region: location.address?.region ?? null,
    postal_code: location.address?.postalCode ?? null,
    country: location.address?.country ?? null,
    latitude: location.latitude,
    longitude: location.longitude,
  };
}

/**
 * Makes the organization's locations exactly `locations`: those with a known id are updated,
 * those without one are added, the others removed (with their links to services). Returns the
 * id of each location in the order given.
 */
export async function syncLocations(
  trx: Db,
  centerId: string,
  organizationId: string,
  locations: readonly LocationDraft[],
): Promise<string[]> {
  const kept = locations.flatMap((l) => (l.id ? [l.id] : []));
  let removal = trx
    .deleteFrom('directory_locations')
    .where('center_id', '=', centerId)
    .where('organization_id', '=', organizationId);
  if (kept.length > 0) removal = removal.where('id', 'not in', kept);
  await removal.execute();
  const ids: string[] = [];
  for (const [position, location] of locations.entries()) {
    const values = locationValues(location, position);
    const row = location.id
      ? await trx
          .updateTable('directory_locations')
          .set(values)
          .where('center_id', '=', centerId)
          .where('organization_id', '=', organizationId)
          .where('id', '=', location.id)
          .returning('id')
          .executeTakeFirst()
      : await trx
          .insertInto('directory_locations')
          .values({ center_id: centerId, organization_id: organizationId, ...values })
          .returning('id')
          .executeTakeFirstOrThrow();
    if (!row) throw new Error('location vanished');
    ids.push(row.id);
    await replacePhones(trx, centerId, { location_id: row.id }, location.phones);
  }
  return ids;
}
