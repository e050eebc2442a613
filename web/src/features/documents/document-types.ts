export const DOCUMENT_TYPES = [
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

export interface DocumentView {
  id: string;
  residentId: string;
  caseId: string | null;
  type: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: { id: string; displayName: string };
}
