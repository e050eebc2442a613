import type { Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type {
  ContactEntry,
  LocationEntry,
  OrganizationEntry,
  PhoneEntry,
  ScheduleEntry,
  ServiceEntry,
} from './directory-model.js';
import type {
  DirectoryContactsTable,
  DirectoryPhonesTable,
  DirectorySchedulesTable,
} from './directory.tables.js';
import type { Weekday } from './directory.vocabulary.js';

// Reads whole trees (organization → phones, contacts, locations, services → their parts) in a
// fixed number of queries, whatever the number of entries. Order: entries as they were created,
// parts by position, so an export of unchanged data never changes.

export interface TreeFilter {
  /** Only organizations kept by this Center. */
  centerId?: string;
  organizationIds?: readonly string[];
  /** Only these services (their organizations come with them, without other services). */
  serviceIds?: readonly string[];
}

function toPhone(row: Selectable<DirectoryPhonesTable>): PhoneEntry {
  return {
    id: row.id,
    number: row.number,
    extension: row.extension,
    type: row.type,
    description: row.description,
  };
}

function toContact(row: Selectable<DirectoryContactsTable>): ContactEntry {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    department: row.department,
    email: row.email,
  };
}

function toSchedule(row: Selectable<DirectorySchedulesTable>): ScheduleEntry {
  return {
    id: row.id,
    byday: row.byday as Weekday[],
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    description: row.description,
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

async function selectServices(db: Db, filter: TreeFilter, organizationIds: string[]) {
  let query = db
    .selectFrom('directory_services')
    .selectAll()
    .where('organization_id', 'in', organizationIds);
  if (filter.serviceIds) query = query.where('id', 'in', [...filter.serviceIds]);
  return query.orderBy('created_at').orderBy('id').execute();
}

async function selectOrganizations(db: Db, filter: TreeFilter) {
  let query = db.selectFrom('directory_organizations').selectAll();
  if (filter.centerId) query = query.where('center_id', '=', filter.centerId);
  if (filter.organizationIds) query = query.where('id', 'in', [...filter.organizationIds]);
  if (filter.serviceIds) {
    const serviceIds = [...filter.serviceIds];
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('directory_services').select('organization_id').where('id', 'in', serviceIds),
    );
  }
  return query.orderBy('created_at').orderBy('id').execute();
}

export async function loadOrganizationTrees(
  db: Db,
  filter: TreeFilter,
): Promise<OrganizationEntry[]> {
  if (filter.organizationIds?.length === 0 || filter.serviceIds?.length === 0) return [];
  const organizations = await selectOrganizations(db, filter);
  if (organizations.length === 0) return [];
  const orgIds = organizations.map((o) => o.id);
  const [services, locations] = await Promise.all([
    selectServices(db, filter, orgIds),
    db
      .selectFrom('directory_locations')
      .selectAll()
      .where('organization_id', 'in', orgIds)
      .orderBy('position')
      .execute(),
  ]);
  const serviceIds =
    services.length > 0 ? services.map((s) => s.id) : ['00000000-0000-0000-0000-000000000000'];
  const locationIds = locations.length > 0 ? locations.map((l) => l.id) : serviceIds;
  const [phones, contacts, schedules, links] = await Promise.all([
    db
      .selectFrom('directory_phones')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('organization_id', 'in', orgIds),
          eb('service_id', 'in', serviceIds),
          eb('location_id', 'in', locationIds),
        ]),
      )
      .orderBy('position')
      .execute(),
    db
      .selectFrom('directory_contacts')
      .selectAll()
      .where((eb) =>
        eb.or([eb('organization_id', 'in', orgIds), eb('service_id', 'in', serviceIds)]),
      )
      .orderBy('position')
      .execute(),
    db
      .selectFrom('directory_schedules')
      .selectAll()
      .where('service_id', 'in', serviceIds)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('directory_service_locations')
      .selectAll()
      .where('service_id', 'in', serviceIds)
      .orderBy('position')
      .execute(),
  ]);

  const phonesByOrg = groupBy(phones, (p) => p.organization_id);
  const phonesByService = groupBy(phones, (p) => p.service_id);
  const phonesByLocation = groupBy(phones, (p) => p.location_id);
  const contactsByOrg = groupBy(contacts, (c) => c.organization_id);
  const contactsByService = groupBy(contacts, (c) => c.service_id);
  const schedulesByService = groupBy(schedules, (s) => s.service_id);
  const linksByService = groupBy(links, (l) => l.service_id);
  const locationsByOrg = groupBy(locations, (l) => l.organization_id);
  const servicesByOrg = groupBy(services, (s) => s.organization_id);

  return organizations.map((org) => ({
    id: org.id,
    name: org.name,
    alternateName: org.alternate_name,
    description: org.description,
    email: org.email,
    website: org.website,
    referralEmail: org.referral_email,
    shared: org.shared,
    sample: org.sample,
    phones: (phonesByOrg.get(org.id) ?? []).map(toPhone),
    contacts: (contactsByOrg.get(org.id) ?? []).map(toContact),
    locations: (locationsByOrg.get(org.id) ?? []).map((l): LocationEntry => ({
      id: l.id,
      name: l.name,
      description: l.description,
      transportation: l.transportation,
      latitude: l.latitude,
      longitude: l.longitude,
      address:
        (l.address_1 ?? l.address_2 ?? l.city ?? l.region ?? l.postal_code ?? l.country)
          ? {
              address1: l.address_1,
              address2: l.address_2,
              city: l.city,
              region: l.region,
              postalCode: l.postal_code,
              country: l.country,
            }
          : null,
      phones: (phonesByLocation.get(l.id) ?? []).map(toPhone),
    })),
    services: (servicesByOrg.get(org.id) ?? []).map((s): ServiceEntry => ({
      id: s.id,
      name: s.name,
      alternateName: s.alternate_name,
      description: s.description,
      status: s.status,
      email: s.email,
      url: s.url,
      eligibilityDescription: s.eligibility_description,
      feesDescription: s.fees_description,
      applicationProcess: s.application_process,
      languages: s.languages,
      requiredDocuments: s.required_documents,
      categories: s.categories,
      costOptions: s.cost_options,
      shared: s.shared,
      sample: s.sample,
      serviceAtLocations: (linksByService.get(s.id) ?? []).map((l) => ({
        id: l.id,
        locationId: l.location_id,
        description: l.description,
      })),
      phones: (phonesByService.get(s.id) ?? []).map(toPhone),
      contacts: (contactsByService.get(s.id) ?? []).map(toContact),
      schedules: (schedulesByService.get(s.id) ?? []).map(toSchedule),
    })),
  }));
}
