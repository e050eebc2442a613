import type { ColumnType } from 'kysely';

export const documentTypes = [
  'id_card',
  'e1_tax_return',
  'tax_assessment',
  'lease',
  'kepa_decision',
  'e9_property',
  'utility_bill',
  'bank_statement',
  'medical',
  'consent_form',
  'other',
] as const;
export type DocumentType = (typeof documentTypes)[number];

export const acceptedMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedMediaType = (typeof acceptedMediaTypes)[number];

/** A document's metadata; the bytes are in the document storage under its id. */
export interface DocumentsTable {
  center_id: string;
  id: string;
  resident_id: string;
  case_id: string | null;
  type: DocumentType;
  file_name: string;
  media_type: AcceptedMediaType;
  size_bytes: number;
  sha256: string;
  uploaded_at: ColumnType<Date, Date | undefined, never>;
  uploaded_by: string;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface DocumentsTables {
  documents: DocumentsTable;
}
