import type {
  ContactEntry,
  LocationEntry,
  OrganizationEntry,
  PhoneEntry,
  ScheduleEntry,
  ServiceEntry,
} from '../directory-model.js';
import { directoryCategories, isDirectoryCategory, languageName } from '../directory.vocabulary.js';
import { CATEGORY_TAXONOMY, categoryTermId, derivedId } from './hsds-ids.js';

// Koinotita's directory as HSDS 3.0 JSON: the answer of the HSDS API's `GET /organizations`
// (a one-page `organization_list`) with every organization complete — its phones, contacts and
// locations (each with its address) and its services (phones, contacts, schedules,
// service_at_locations, languages, cost_options, required_documents and category attributes).
// Empty optional members are left out; `x_koinotita_*` members carry what HSDS has no field for.

type Json = Record<string, unknown>;

/** Members whose value is null or undefined are dropped (HSDS types them as plain strings). */
function compact(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== null && v !== undefined),
  );
}

function phoneJson(phone: PhoneEntry, owner: Json): Json {
  const extension = phone.extension !== null && /^\d+$/.test(phone.extension);
  return compact({
    id: phone.id,
    ...owner,
    number: phone.number,
    extension: extension ? Number(phone.extension) : phone.extension,
    type: phone.type,
    description: phone.description,
  });
}

function contactJson(contact: ContactEntry, owner: Json): Json {
  return compact({
    id: contact.id,
    ...owner,
    name: contact.name,
    title: contact.title,
    department: contact.department,
    email: contact.email,
  });
}

function scheduleJson(schedule: ScheduleEntry, serviceId: string): Json {
  const weekly = schedule.byday.length > 0;
  return compact({
    id: schedule.id,
    service_id: serviceId,
    freq: weekly ? 'WEEKLY' : null,
    byday: weekly ? schedule.byday.join(',') : null,
    opens_at: schedule.opensAt,
    closes_at: schedule.closesAt,
    valid_from: schedule.validFrom,
    valid_to: schedule.validTo,
    description: schedule.description,
  });
}

function locationJson(location: LocationEntry, organizationId: string): Json {
  const address = location.address;
  return compact({
    id: location.id,
    location_type: 'physical',
    organization_id: organizationId,
    name: location.name,
    description: location.description,
    transportation: location.transportation,
    latitude: location.latitude,
    longitude: location.longitude,
    addresses: address
      ? [
          compact({
            id: derivedId(location.id, 'address', 0),
            location_id: location.id,
            // Required by HSDS: an unknown part is written as an empty string.
            address_1: address.address1 ?? '',
            address_2: address.address2,
            city: address.city ?? '',
            state_province: address.region ?? '',
            postal_code: address.postalCode ?? '',
            country: address.country ?? 'GR',
            address_type: 'physical',
          }),
        ]
      : [],
    phones: location.phones.map((p) => phoneJson(p, { location_id: location.id })),
  });
}

function categoryAttribute(serviceId: string, code: string, index: number): Json {
  const label = isDirectoryCategory(code) ? directoryCategories[code] : { el: code, en: code };
  const termId = categoryTermId(code);
  return {
    id: derivedId(serviceId, 'attribute', index),
    link_id: serviceId,
    link_type: 'service_category',
    link_entity: 'service',
    taxonomy_term_id: termId,
    taxonomy_term: {
      id: termId,
      code,
      name: label.el,
      description: label.en,
      taxonomy: CATEGORY_TAXONOMY,
      language: 'el',
    },
  };
}

function serviceJson(service: ServiceEntry, organizationId: string): Json {
  const id = service.id;
  return compact({
    id,
    organization_id: organizationId,
    name: service.name,
    alternate_name: service.alternateName,
    description: service.description,
    url: service.url,
    email: service.email,
    status: service.status,
    application_process: service.applicationProcess,
    fees_description: service.feesDescription,
    eligibility_description: service.eligibilityDescription,
    x_koinotita_shared: service.shared,
    x_koinotita_sample: service.sample,
    phones: service.phones.map((p) => phoneJson(p, { service_id: id })),
    contacts: service.contacts.map((c) => contactJson(c, { service_id: id })),
    schedules: service.schedules.map((s) => scheduleJson(s, id)),
    service_at_locations: service.serviceAtLocations.map((link) =>
      compact({
        id: link.id,
        service_id: id,
        location_id: link.locationId,
        description: link.description,
      }),
    ),
    languages: service.languages.map((code, i) => ({
      id: derivedId(id, 'language', i),
      service_id: id,
      name: languageName(code),
      code,
    })),
    cost_options: service.costOptions.map((cost, i) =>
      compact({
        id: derivedId(id, 'cost_option', i),
        service_id: id,
        option: cost.option,
        amount: cost.amount,
        currency: cost.currency,
        amount_description: cost.amountDescription,
      }),
    ),
    required_documents: service.requiredDocuments.map((document, i) => ({
      id: derivedId(id, 'required_document', i),
      service_id: id,
      document,
    })),
    attributes: service.categories.map((code, i) => categoryAttribute(id, code, i)),
  });
}

export function organizationJson(organization: OrganizationEntry): Json {
  const id = organization.id;
  return compact({
    id,
    name: organization.name,
    alternate_name: organization.alternateName,
    // Required by HSDS.
    description: organization.description ?? '',
    email: organization.email,
    website: organization.website,
    x_koinotita_shared: organization.shared,
    x_koinotita_sample: organization.sample,
    x_koinotita_referral_email: organization.referralEmail,
    phones: organization.phones.map((p) => phoneJson(p, { organization_id: id })),
    contacts: organization.contacts.map((c) => contactJson(c, { organization_id: id })),
    locations: organization.locations.map((l) => locationJson(l, id)),
    services: organization.services.map((s) => serviceJson(s, id)),
  });
}

/** The whole directory of a Center as one page of the HSDS `organization_list`. */
export function toHsdsDocument(organizations: readonly OrganizationEntry[]): Json {
  const count = organizations.length;
  return {
    total_items: count,
    total_pages: 1,
    page_number: 1,
    size: count,
    first_page: true,
    last_page: true,
    empty: count === 0,
    contents: organizations.map(organizationJson),
  };
}
