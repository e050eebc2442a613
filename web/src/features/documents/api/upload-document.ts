import { ApiError, apiFetch, type Problem } from '../../../lib/api.js';
import type { DocumentView } from '../document-types.js';

function csrfCookie(): string | null {
  const match = document.cookie.split(';').find((p) => p.trim().startsWith('kt_csrf='));
  return match ? decodeURIComponent(match.trim().slice('kt_csrf='.length)) : null;
}

/**
 * Multipart, so not through apiFetch's JSON body; the same headers by hand.
 * (lib/api.ts could learn FormData bodies; until then this file carries the difference.)
 */
export async function uploadDocument(residentId: string, file: File, type: string) {
  const token = csrfCookie() ?? (await apiFetch<{ csrfToken: string }>('/api/auth/csrf')).csrfToken;
  const body = new FormData();
  body.append('type', type);
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch(`/api/residents/${encodeURIComponent(residentId)}/documents`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': document.documentElement.lang === 'en' ? 'en' : 'el',
        'x-csrf-token': token,
      },
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network' });
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    throw new ApiError({ ...problem, status: response.status });
  }
  return (await response.json()) as DocumentView;
}
