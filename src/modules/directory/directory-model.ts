import type { CostOption, ServiceStatus } from './directory.tables.js';
import type { Weekday } from './directory.vocabulary.js';

// The directory as whole trees (organization → locations, services → their parts), the one shape
// shared by the API writes, the sample data, the HSDS import (parsed into it) and the HSDS export
// (built from it). Ids are the database's, or the file's while an import is being read.

export interface PhoneEntry {
  id: string;
  number: string;
  extension: string | null;
  type: string | null;
  description: string | null;
}

export interface ContactEntry {
  id: string;
  name: string | null;
  title: string | null;
  department: string | null;
  email: string | null;
}

export interface ScheduleEntry {
  id: string;
  byday: Weekday[];
  /** HH:MM in the Center's time zone (Europe/Athens). */
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  description: string | null;
}

export interface AddressEntry {
  address1: string | null;
  address2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

export interface LocationEntry {
  id: string;
  name: string | null;
  description: string | null;
  transportation: string | null;
  address: AddressEntry | null;
  latitude: number | null;
  longitude: number | null;
  phones: PhoneEntry[];
}

export interface ServiceAtLocationEntry {
  id: string;
  locationId: string;
  description: string | null;
}

export interface ServiceFields {
  name: string;
  alternateName: string | null;
  description: string | null;
  status: ServiceStatus;
  email: string | null;
  url: string | null;
  eligibilityDescription: string | null;
  feesDescription: string | null;
  applicationProcess: string | null;
  languages: string[];
  requiredDocuments: string[];
  categories: string[];
  costOptions: CostOption[];
  shared: boolean;
  sample: boolean;
}

export interface ServiceEntry extends ServiceFields {
  id: string;
  serviceAtLocations: ServiceAtLocationEntry[];
  phones: PhoneEntry[];
  contacts: ContactEntry[];
  schedules: ScheduleEntry[];
}

export interface OrganizationFields {
  name: string;
  alternateName: string | null;
  description: string | null;
  email: string | null;
  website: string | null;
  referralEmail: string | null;
  shared: boolean;
  sample: boolean;
}

export interface OrganizationEntry extends OrganizationFields {
  id: string;
  phones: PhoneEntry[];
  contacts: ContactEntry[];
  locations: LocationEntry[];
  services: ServiceEntry[];
}
