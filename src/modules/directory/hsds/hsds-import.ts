import type {
  ContactEntry,
  LocationEntry,
  OrganizationEntry,
  PhoneEntry,
  ScheduleEntry,
  ServiceEntry,
} from '../directory-model.js';
import type { CostOption, ServiceStatus } from '../directory.tables.js';
import {
  isDirectoryCategory,
  phoneTypes,
  serviceStatuses,
  weekdays,
  type Weekday,
} from '../directory.vocabulary.js';
import { CATEGORY_TAXONOMY } from './hsds-ids.js';
import {
  asArray,
  asObject,
  fail,
  idOf,
  optionalBoolean,
  optionalDate,
  optionalEmail,
  optionalNumber,
  optionalText,
  optionalUrl,
  requiredText,
  type JsonObject,
} from './hsds-reader.js';

// Reads an HSDS 3.0 JSON document into directory trees, or says what is wrong and where. What
// Koinotita keeps is read and checked against the same limits as the database; other HSDS
// members (funding, programs, service areas, metadata, other taxonomies…) are ignored.
// docs/decisions/0011-directory-hsds.md lists the mapping.

const LIMITS = { organizations: 2000, services: 200, parts: 50, documents: 50 };
// The whole file: one import is one transaction, which must stay short (about 1 ms a service).
const MAX_SERVICES_PER_FILE = 10_000;

/** A whole number of up to 20 digits, as text (1e23 or 1.5 are not extensions). */
function numericExtension(value: number, path: string): string {
  if (!Number.isSafeInteger(value) || value < 0)
    fail(path, 'must be a whole number of up to 20 digits');
  return String(value);
}

function readPhones(value: unknown, path: string): PhoneEntry[] {
  return asArray(value, path, LIMITS.parts).map((item, i) => {
    const at = `${path}[${i}]`;
    const phone = asObject(item, at);
    const type = optionalText(phone, 'type', at, 20);
    if (type !== null && !(phoneTypes as readonly string[]).includes(type)) {
      fail(`${at}.type`, `must be one of ${phoneTypes.join(', ')}`);
    }
    // HSDS types the extension as a number; Koinotita keeps it as text.
    const extension =
      typeof phone.extension === 'number'
        ? numericExtension(phone.extension, `${at}.extension`)
        : optionalText(phone, 'extension', at, 20);
    return {
      id: idOf(phone, at, at),
      number: requiredText(phone, 'number', at, 50),
      extension,
      type,
      description: optionalText(phone, 'description', at, 300),
    };
  });
}

function readContacts(value: unknown, path: string): ContactEntry[] {
  return asArray(value, path, LIMITS.parts).map((item, i) => {
    const at = `${path}[${i}]`;
    const contact = asObject(item, at);
    return {
      id: idOf(contact, at, at),
      name: optionalText(contact, 'name', at, 200),
      title: optionalText(contact, 'title', at, 200),
      department: optionalText(contact, 'department', at, 200),
      email: optionalEmail(contact, 'email', at),
    };
  });
}

/**
 * "08:00", "08:00:00", "08:00+02:00" or "08:00Z" → "08:00" (read as the Center's local time);
 * a closing time may be 24:00 (midnight at the end of the day).
 */
function readTime(object: JsonObject, key: string, path: string): string | null {
  const text = optionalText(object, key, path, 20);
  if (text === null) return null;
  const match = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (match) return `${match[1]}:${match[2]}`;
  if (key === 'closes_at' && /^24:00(:00)?(Z|[+-]\d{2}:?\d{2})?$/.test(text)) return '24:00';
  fail(`${path}.${key}`, 'not a time (HH:MM)');
}

function readSchedules(value: unknown, path: string): ScheduleEntry[] {
  return asArray(value, path, LIMITS.parts).map((item, i) => {
    const at = `${path}[${i}]`;
    const schedule = asObject(item, at);
    const freq = optionalText(schedule, 'freq', at, 20);
    if (freq !== null && freq.toUpperCase() !== 'WEEKLY') fail(`${at}.freq`, 'only WEEKLY is kept');
    const byday = (optionalText(schedule, 'byday', at, 100) ?? '')
      .split(',')
      .map((day) => day.trim().toUpperCase())
      .filter((day) => day !== '');
    for (const day of byday) {
      if (!(weekdays as readonly string[]).includes(day)) fail(`${at}.byday`, `unknown day ${day}`);
    }
    return {
      id: idOf(schedule, at, at),
      byday: [...new Set(byday)] as Weekday[],
      opensAt: readTime(schedule, 'opens_at', at),
      closesAt: readTime(schedule, 'closes_at', at),
      validFrom: optionalDate(schedule, 'valid_from', at),
      validTo: optionalDate(schedule, 'valid_to', at),
      description: optionalText(schedule, 'description', at, 500),
    };
  });
}

function readLocation(item: unknown, at: string): LocationEntry {
  const location = asObject(item, at);
  const addresses = asArray(location.addresses, `${at}.addresses`, LIMITS.parts);
  // Koinotita keeps one address per location: the physical one, else the first.
  const chosen = addresses.findIndex((a) => asObject(a, at).address_type === 'physical');
  const index = chosen >= 0 ? chosen : 0;
  const address = addresses[index] === undefined ? null : asObject(addresses[index], at);
  const addressAt = `${at}.addresses[${index}]`;
  const country = address ? optionalText(address, 'country', addressAt, 2) : null;
  if (country !== null && !/^[A-Za-z]{2}$/.test(country))
    fail(`${addressAt}.country`, 'two letters');
  return {
    id: idOf(location, at, at),
    name: optionalText(location, 'name', at, 300),
    description: optionalText(location, 'description', at, 2000),
    transportation: optionalText(location, 'transportation', at, 2000),
    latitude: optionalNumber(location, 'latitude', at, { min: -90, max: 90 }),
    longitude: optionalNumber(location, 'longitude', at, { min: -180, max: 180 }),
    address: address
      ? {
          address1: optionalText(address, 'address_1', addressAt, 300),
          address2: optionalText(address, 'address_2', addressAt, 300),
          city: optionalText(address, 'city', addressAt, 100),
          region: optionalText(address, 'state_province', addressAt, 100),
          postalCode: optionalText(address, 'postal_code', addressAt, 20),
          country: country?.toUpperCase() ?? null,
        }
      : null,
    phones: readPhones(location.phones, `${at}.phones`),
  };
}

function readLanguages(value: unknown, path: string): string[] {
  const codes = asArray(value, path, LIMITS.parts).map((item, i) => {
    const at = `${path}[${i}]`;
    const code = requiredText(asObject(item, at), 'code', at, 3).toLowerCase();
    if (!/^[a-z]{2,3}$/.test(code)) fail(`${at}.code`, 'not an ISO 639 code');
    return code;
  });
  return [...new Set(codes)];
}

function readDocuments(value: unknown, path: string): string[] {
  return asArray(value, path, LIMITS.documents).map((item, i) => {
    const at = `${path}[${i}]`;
    return requiredText(asObject(item, at), 'document', at, 300);
  });
}

function readCostOptions(value: unknown, path: string): CostOption[] {
  return asArray(value, path, LIMITS.parts).map((item, i) => {
    const at = `${path}[${i}]`;
    const cost = asObject(item, at);
    const currency = optionalText(cost, 'currency', at, 3);
    if (currency !== null && !/^[A-Za-z]{3}$/.test(currency))
      fail(`${at}.currency`, 'three letters');
    return {
      option: optionalText(cost, 'option', at, 300),
      amount: optionalNumber(cost, 'amount', at, { min: 0, max: 1_000_000 }),
      currency: currency?.toUpperCase() ?? null,
      amountDescription: optionalText(cost, 'amount_description', at, 300),
    };
  });
}

/** Koinotita's categories among the service's attributes; other taxonomies are not kept. */
function readCategories(value: unknown, path: string): string[] {
  const codes: string[] = [];
  asArray(value, path, LIMITS.parts).forEach((item, i) => {
    const at = `${path}[${i}]`;
    const term = asObject(item, at).taxonomy_term;
    if (term === undefined || term === null) return;
    const termObject = asObject(term, `${at}.taxonomy_term`);
    if (termObject.taxonomy !== CATEGORY_TAXONOMY) return;
    const code = requiredText(termObject, 'code', `${at}.taxonomy_term`, 50);
    if (!isDirectoryCategory(code)) fail(`${at}.taxonomy_term.code`, `unknown category ${code}`);
    if (!codes.includes(code)) codes.push(code);
  });
  return codes;
}

function readStatus(service: JsonObject, at: string): ServiceStatus {
  const status = optionalText(service, 'status', at, 30) ?? 'active';
  if (!(serviceStatuses as readonly string[]).includes(status)) {
    fail(`${at}.status`, `must be one of ${serviceStatuses.join(', ')}`);
  }
  return status as ServiceStatus;
}

function readService(item: unknown, at: string, locationIds: Set<string>): ServiceEntry {
  const service = asObject(item, at);
  const links = asArray(service.service_at_locations, `${at}.service_at_locations`, LIMITS.parts);
  return {
    id: idOf(service, at, at),
    name: requiredText(service, 'name', at, 300),
    alternateName: optionalText(service, 'alternate_name', at, 300),
    description: optionalText(service, 'description', at, 5000),
    status: readStatus(service, at),
    email: optionalEmail(service, 'email', at),
    url: optionalUrl(service, 'url', at),
    eligibilityDescription: optionalText(service, 'eligibility_description', at, 5000),
    feesDescription: optionalText(service, 'fees_description', at, 2000),
    applicationProcess: optionalText(service, 'application_process', at, 5000),
    languages: readLanguages(service.languages, `${at}.languages`),
    requiredDocuments: readDocuments(service.required_documents, `${at}.required_documents`),
    categories: readCategories(service.attributes, `${at}.attributes`),
    costOptions: readCostOptions(service.cost_options, `${at}.cost_options`),
    shared: optionalBoolean(service, 'x_koinotita_shared', at),
    sample: optionalBoolean(service, 'x_koinotita_sample', at),
    serviceAtLocations: links.map((link, i) => {
      const linkAt = `${at}.service_at_locations[${i}]`;
      const object = asObject(link, linkAt);
      const locationId = requiredText(object, 'location_id', linkAt, 100);
      if (!locationIds.has(locationId)) {
        fail(`${linkAt}.location_id`, "not a location of the service's organization");
      }
      return {
        id: idOf(object, linkAt, linkAt),
        locationId,
        description: optionalText(object, 'description', linkAt, 2000),
      };
    }),
    phones: readPhones(service.phones, `${at}.phones`),
    contacts: readContacts(service.contacts, `${at}.contacts`),
    schedules: readSchedules(service.schedules, `${at}.schedules`),
  };
}

function readOrganization(item: unknown, at: string): OrganizationEntry {
  const organization = asObject(item, at);
  const locations = asArray(organization.locations, `${at}.locations`, LIMITS.parts).map(
    (location, i) => readLocation(location, `${at}.locations[${i}]`),
  );
  const locationIds = new Set(locations.map((l) => l.id));
  if (locationIds.size !== locations.length) fail(`${at}.locations`, 'two locations share an id');
  const shared = optionalBoolean(organization, 'x_koinotita_shared', at);
  const services = asArray(organization.services, `${at}.services`, LIMITS.services).map(
    (service, i) => readService(service, `${at}.services[${i}]`, locationIds),
  );
  services.forEach((service, i) => {
    if (service.shared && !shared) {
      fail(
        `${at}.services[${i}].x_koinotita_shared`,
        'a shared service needs a shared organization',
      );
    }
  });
  return {
    id: idOf(organization, at, at),
    name: requiredText(organization, 'name', at, 300),
    alternateName: optionalText(organization, 'alternate_name', at, 300),
    description: optionalText(organization, 'description', at, 5000),
    email: optionalEmail(organization, 'email', at),
    website: optionalUrl(organization, 'website', at),
    referralEmail: optionalEmail(organization, 'x_koinotita_referral_email', at),
    shared,
    sample: optionalBoolean(organization, 'x_koinotita_sample', at),
    phones: readPhones(organization.phones, `${at}.phones`),
    contacts: readContacts(organization.contacts, `${at}.contacts`),
    locations,
    services,
  };
}

/**
 * An HSDS document: a page of `organization_list` (`{ contents: [...] }`, what the export
 * writes) or a bare array of organizations. Throws `HsdsImportError` naming the first problem.
 */
export function parseHsdsDocument(input: unknown): OrganizationEntry[] {
  const list = Array.isArray(input) ? input : asObject(input, 'document').contents;
  const path = Array.isArray(input) ? 'document' : 'contents';
  if (list === undefined) fail('contents', 'required (a list of HSDS organizations)');
  const organizations = asArray(list, path, LIMITS.organizations).map((item, i) =>
    readOrganization(item, `${path}[${i}]`),
  );
  if (organizations.length === 0) fail(path, 'no organizations');
  const services = organizations.reduce((sum, o) => sum + o.services.length, 0);
  if (services > MAX_SERVICES_PER_FILE) {
    fail(path, `${services} services; at most ${MAX_SERVICES_PER_FILE} in one file`);
  }
  return organizations;
}
