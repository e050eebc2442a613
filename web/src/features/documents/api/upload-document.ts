import { apiFetch } from '../../../lib/api.js';
import type { DocumentView } from '../document-types.js';

/** Multipart: the shared fetch sends a FormData as it is, with the same CSRF and language headers. */
export function uploadDocument(residentId: string, file: File, type: string) {
  const body = new FormData();
  body.append('type', type);
  body.append('file', file);
  return apiFetch<DocumentView>(`/api/residents/${encodeURIComponent(residentId)}/documents`, {
    method: 'POST',
    body,
  });
}
