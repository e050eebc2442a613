import { apiFetch } from '../../../lib/api.js';
import type { ResidentSearchResult } from '../resident-types.js';

export function searchResidents(q: string, page: number, signal?: AbortSignal) {
  const params = new URLSearchParams({ q, page: String(page), pageSize: '20' });
  return apiFetch<ResidentSearchResult>(`/api/residents/search?${params.toString()}`, { signal });
}
