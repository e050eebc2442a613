import { apiFetch } from '../../../lib/api.js';
import type { Organization, StaffService } from '../directory-types.js';

export function saveOrganization(id: string | null, body: unknown): Promise<Organization> {
  return id
    ? apiFetch<Organization>(`/api/directory/organizations/${id}`, { method: 'PUT', body })
    : apiFetch<Organization>('/api/directory/organizations', { method: 'POST', body });
}

export function saveService(id: string | null, body: unknown): Promise<StaffService> {
  return id
    ? apiFetch<StaffService>(`/api/directory/services/${id}`, { method: 'PUT', body })
    : apiFetch<StaffService>('/api/directory/services', { method: 'POST', body });
}

export function deleteEntry(kind: 'services' | 'organizations', id: string): Promise<void> {
  return apiFetch<undefined>(`/api/directory/${kind}/${id}`, { method: 'DELETE' });
}

export function importDirectory(document: unknown) {
  return apiFetch<{ organizations: number; services: number }>('/api/directory/import', {
    method: 'POST',
    body: document,
  });
}
