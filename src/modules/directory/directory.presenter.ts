import type { Static } from 'typebox';
import type {
  LocationEntry,
  OrganizationEntry,
  PhoneEntry,
  ScheduleEntry,
  ServiceEntry,
} from './directory-model.js';
import type {
  LocationView,
  OrganizationView,
  PublicServiceView,
  ServiceSummary,
  ServiceView,
} from './directory.schemas.js';

const SUMMARY_LENGTH = 300;

function phoneView({ id: _id, ...phone }: PhoneEntry) {
  return phone;
}

function scheduleView({ id: _id, ...schedule }: ScheduleEntry) {
  return schedule;
}

function locationView(location: LocationEntry): Static<typeof LocationView> {
  return {
    id: location.id,
    name: location.name,
    description: location.description,
    transportation: location.transportation,
    address1: location.address?.address1 ?? null,
    postalCode: location.address?.postalCode ?? null,
    city: location.address?.city ?? null,
    region: location.address?.region ?? null,
    phones: location.phones.map(phoneView),
  };
}

function shorten(text: string | null): string | null {
  if (text === null || text.length <= SUMMARY_LENGTH) return text;
  return `${text.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;
}

/** What anyone may read: no contacts (named people), no referral address, no sharing details. */
export function presentPublicService(
  organization: OrganizationEntry,
  service: ServiceEntry,
): Static<typeof PublicServiceView> {
  const linked = new Set(service.serviceAtLocations.map((l) => l.locationId));
  return {
    id: service.id,
    name: service.name,
    alternateName: service.alternateName,
    description: service.description,
    status: service.status,
    email: service.email,
    url: service.url,
    eligibilityDescription: service.eligibilityDescription,
    feesDescription: service.feesDescription,
    applicationProcess: service.applicationProcess,
    languages: service.languages,
    requiredDocuments: service.requiredDocuments,
    categories: service.categories,
    costOptions: service.costOptions,
    sample: service.sample,
    locations: organization.locations.filter((l) => linked.has(l.id)).map(locationView),
    phones: service.phones.map(phoneView),
    schedules: service.schedules.map(scheduleView),
    organization: {
      id: organization.id,
      name: organization.name,
      alternateName: organization.alternateName,
      description: organization.description,
      email: organization.email,
      website: organization.website,
      phones: organization.phones.map(phoneView),
    },
  };
}

export function presentService(
  organization: OrganizationEntry,
  service: ServiceEntry,
  meta: { own: boolean; version: number },
): Static<typeof ServiceView> {
  const open = presentPublicService(organization, service);
  return {
    ...open,
    organization: {
      ...open.organization,
      referralEmail: organization.referralEmail,
      shared: organization.shared,
    },
    contacts: service.contacts.map(({ id: _id, ...contact }) => contact),
    shared: service.shared,
    own: meta.own,
    version: meta.version,
  };
}

export function presentOrganization(
  organization: OrganizationEntry,
  meta: { own: boolean; version: number },
): Static<typeof OrganizationView> {
  return {
    id: organization.id,
    name: organization.name,
    alternateName: organization.alternateName,
    description: organization.description,
    email: organization.email,
    website: organization.website,
    phones: organization.phones.map(phoneView),
    referralEmail: organization.referralEmail,
    shared: organization.shared,
    sample: organization.sample,
    own: meta.own,
    version: meta.version,
    contacts: organization.contacts.map(({ id: _id, ...contact }) => contact),
    locations: organization.locations.map(locationView),
    services: organization.services.map((s) => ({
      id: s.id,
      name: s.name,
      status: s.status,
      shared: s.shared,
    })),
  };
}

export function presentSummary(
  row: {
    id: string;
    name: string;
    alternate_name: string | null;
    description: string | null;
    organization_name: string;
    status: string;
    categories: string[];
    sample: boolean;
    shared: boolean;
    center_id: string;
  },
  centerId: string,
): Static<typeof ServiceSummary> {
  return {
    id: row.id,
    name: row.name,
    alternateName: row.alternate_name,
    description: shorten(row.description),
    organizationName: row.organization_name,
    status: row.status,
    categories: row.categories,
    sample: row.sample,
    shared: row.shared,
    own: row.center_id === centerId,
  };
}
