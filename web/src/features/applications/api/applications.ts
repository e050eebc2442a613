import { apiFetch } from '../../../lib/api.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import type { Application, ApplicationPatch, Task } from '../application-types.js';

export function useResidentApplications(residentId: string) {
  return useApiQuery<{ items: Application[] }>(
    `/api/residents/${encodeURIComponent(residentId)}/applications`,
  );
}

export function createApplication(residentId: string, benefit: string) {
  return apiFetch<Application>(`/api/residents/${encodeURIComponent(residentId)}/applications`, {
    method: 'POST',
    body: { benefit },
  });
}

export function updateApplication(id: string, patch: ApplicationPatch) {
  return apiFetch<Application>(`/api/applications/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: patch,
  });
}

export function useMyTasks() {
  return useApiQuery<{ items: Task[] }>('/api/tasks?mine=true');
}
