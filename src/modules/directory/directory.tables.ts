import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from '../../db/types.js';

type Optional<T> = ColumnType<T, T | undefined, T>;

/** HSDS 3.0 `organization`; `center_id` keeps it, `shared` shows it to every Center. */
export interface DirectoryOrganizationsTable {
  id: Generated<string>;
  center_id: string;
  shared: Generated<boolean>;
  sample: Generated<boolean>;
  name: string;
  alternate_name: Optional<string | null>;
  description: Optional<string | null>;
  email: Optional<string | null>;
  website: Optional<string | null>;
  referral_email: Optional<string | null>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

/** HSDS `cost_option` kept inside its service (no id of its own). */
export interface CostOption {
  option: string | null;
  amount: number | null;
  currency: string | null;
  amountDescription: string | null;
}

/** HSDS 3.0 `service`, with its eligibility, costs, languages and documents in words. */
export interface DirectoryServicesTable {
  id: Generated<string>;
  organization_id: string;
  center_id: string;
  shared: Generated<boolean>;
  sample: Generated<boolean>;
  name: string;
  alternate_name: Optional<string | null>;
  description: Optional<string | null>;
  status: Generated<ServiceStatus>;
  email: Optional<string | null>;
  url: Optional<string | null>;
  eligibility_description: Optional<string | null>;
  fees_description: Optional<string | null>;
  application_process: Optional<string | null>;
  languages: Generated<string[]>;
  required_documents: Generated<string[]>;
  categories: Generated<string[]>;
  cost_options: ColumnType<CostOption[], string | undefined, string>;
  search_text: Generated<string>;
  search_prefixes: Generated<string[]>;
  sort_name: Generated<string>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** HSDS `location` with its single `address` folded in. */
export interface DirectoryLocationsTable {
  id: Generated<string>;
  center_id: string;
  organization_id: string;
  position: number;
  name: string | null;
  description: string | null;
  transportation: string | null;
  address_1: string | null;
  address_2: string | null;
  city: string | null;
  region: string | null;
  postal_code: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** HSDS `service_at_location`. */
export interface DirectoryServiceLocationsTable {
  id: Generated<string>;
  center_id: string;
  service_id: string;
  location_id: string;
  position: number;
  description: string | null;
}

/** HSDS `phone` of exactly one organization, service or location. */
export interface DirectoryPhonesTable {
  id: Generated<string>;
  center_id: string;
  organization_id: string | null;
  service_id: string | null;
  location_id: string | null;
  position: number;
  number: string;
  extension: string | null;
  type: string | null;
  description: string | null;
}

/** HSDS `contact` of an organization or a service. */
export interface DirectoryContactsTable {
  id: Generated<string>;
  center_id: string;
  organization_id: string | null;
  service_id: string | null;
  position: number;
  name: string | null;
  title: string | null;
  department: string | null;
  email: string | null;
}

/** HSDS `schedule` of a service (weekly, local time of the Center). */
export interface DirectorySchedulesTable {
  id: Generated<string>;
  center_id: string;
  service_id: string;
  position: number;
  byday: string[];
  opens_at: string | null;
  closes_at: string | null;
  valid_from: ColumnType<string | null, string | null, string | null>;
  valid_to: ColumnType<string | null, string | null, string | null>;
  description: string | null;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface DirectoryTables {
  directory_organizations: DirectoryOrganizationsTable;
  directory_services: DirectoryServicesTable;
  directory_locations: DirectoryLocationsTable;
  directory_service_locations: DirectoryServiceLocationsTable;
  directory_phones: DirectoryPhonesTable;
  directory_contacts: DirectoryContactsTable;
  directory_schedules: DirectorySchedulesTable;
}
