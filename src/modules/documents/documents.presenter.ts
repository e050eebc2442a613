import type { DocumentRow } from './documents.repository.js';
import type { DocumentView } from './documents.schemas.js';

export function presentDocument(row: DocumentRow): DocumentView {
  return {
    id: row.id,
    residentId: row.resident_id,
    caseId: row.case_id,
    type: row.type,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedAt: row.uploaded_at.toISOString(),
    uploadedBy: { id: row.uploaded_by, displayName: row.uploader_name },
  };
}
