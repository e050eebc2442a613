import type { ColumnType } from 'kysely';

/**
 * Row types of the residents module's tables beyond `residents` itself (which lives in
 * src/db/types.ts since the foundation). Joined into `Database` in src/db/types.ts.
 */
export interface ResidentRevisionsTable {
  center_id: string;
  resident_id: string;
  version: number;
  changed_at: ColumnType<Date, Date | undefined, never>;
  changed_by: string | null;
  changes: ColumnType<RevisionChange[], string, never>;
}

export interface RevisionChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Distinct search keys of a Center, for typo-tolerant lookup (trigram index). */
export interface ResidentSearchTermsTable {
  center_id: string;
  term: string;
}

export interface ResidentsExtraTables {
  resident_revisions: ResidentRevisionsTable;
  resident_search_terms: ResidentSearchTermsTable;
}
