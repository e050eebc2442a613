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
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

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
  search_text: Generated<string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface DirectoryTables {
  directory_organizations: DirectoryOrganizationsTable;
  directory_services: DirectoryServicesTable;
}
