import { apiFetch } from '../../../lib/api.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import type { AgendaItem, AppointmentType } from '../appointment-types.js';

export function useAgenda(view: 'day' | 'week', day: string, staffId: string) {
  const q = new URLSearchParams({ [view]: day });
  if (staffId) q.set('staffId', staffId);
  return useApiQuery<{ from: string; to: string; items: AgendaItem[] }>(
    `/api/appointments?${q.toString()}`,
  );
}

export function useAppointmentTypes() {
  return useApiQuery<{ items: AppointmentType[] }>('/api/appointment-types');
}

export type AgendaAction = 'check-in' | 'no-show' | 'cancel';

export function changeAppointment(id: string, action: AgendaAction) {
  return apiFetch<unknown>(`/api/appointments/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    ...(action === 'check-in' ? { body: {} } : {}),
  });
}

export interface StaffBookInput {
  typeId: string;
  startsAt: string;
  staffId?: string;
  residentId?: string;
  name?: string;
  phone?: string;
  email?: string;
  reason?: string;
}

export function bookAppointment(input: StaffBookInput) {
  return apiFetch<{ id: string; startsAt: string }>('/api/appointments', {
    method: 'POST',
    body: input,
  });
}

export function createFeedToken() {
  return apiFetch<{ url: string }>('/api/appointments/feed-token', { method: 'POST' });
}

/** A resident's appointments, newest first (the file's «Ραντεβού» section). */
export function useResidentAppointments(residentId: string) {
  return useApiQuery<{ items: AgendaItem[] }>(
    `/api/residents/${encodeURIComponent(residentId)}/appointments`,
  );
}
