import { apiFetch } from '../../../lib/api.js';
import type { LocalizedText } from '../../../lib/types.js';
import type { Absence, AppointmentType, Mode, WeeklyHour } from '../appointment-types.js';

export interface TypeInput {
  name: LocalizedText;
  durationMinutes: number;
  bufferMinutes: number;
  mode: Mode;
  public: boolean;
  minNoticeMinutes: number;
  maxDaysAhead: number;
  active?: boolean;
  version?: number;
}

export function createType(input: TypeInput) {
  return apiFetch<AppointmentType>('/api/appointment-types', { method: 'POST', body: input });
}

export function updateType(id: string, input: TypeInput & { version: number }) {
  return apiFetch<AppointmentType>(`/api/appointment-types/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function saveWeeklyHours(staffId: string, hours: WeeklyHour[]) {
  return apiFetch<{ hours: WeeklyHour[] }>(
    `/api/staff/${encodeURIComponent(staffId)}/weekly-hours`,
    { method: 'PUT', body: { hours } },
  );
}

export function addAbsence(
  staffId: string,
  input: { startsAt: string; endsAt: string; reason?: string },
) {
  return apiFetch<Absence>(`/api/staff/${encodeURIComponent(staffId)}/absences`, {
    method: 'POST',
    body: input,
  });
}

export function addClosure(input: { startsOn: string; endsOn: string; reason: string }) {
  return apiFetch<unknown>('/api/calendar/closures', { method: 'POST', body: input });
}

export function addOverride(input: {
  day: string;
  kind: 'holiday' | 'working_day' | 'short_day';
  closesAt?: string;
  name: LocalizedText;
}) {
  return apiFetch<unknown>('/api/calendar/overrides', { method: 'POST', body: input });
}

/** Absences, closures and overrides are removed by their own URL. */
export function removeEntry(
  kind: 'staff-absences' | 'calendar/closures' | 'calendar/overrides',
  id: string,
) {
  return apiFetch<undefined>(`/api/${kind}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
