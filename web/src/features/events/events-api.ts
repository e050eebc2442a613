import { apiFetch } from '../../lib/api.js';
import { useApiQuery } from '../../lib/use-api-query.js';

export type EventStatus = 'draft' | 'published' | 'cancelled';
export type RegistrationStatus =
  'registered' | 'waitlisted' | 'offered' | 'attended' | 'cancelled' | 'expired';

export interface StaffEvent {
  id: string;
  titleEl: string;
  titleEn: string | null;
  descriptionEl: string;
  descriptionEn: string | null;
  audienceEl: string | null;
  audienceEn: string | null;
  place: string | null;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  seatsTaken: number;
  waitlisted: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
  registrationOpen: boolean;
  offerHours: number;
  status: EventStatus;
  version: number;
}

export interface Registration {
  id: string;
  status: RegistrationStatus;
  name: string;
  email: string | null;
  phone: string | null;
  residentId: string | null;
  source: 'public' | 'staff';
  language: 'el' | 'en';
  position: number | null;
  offerExpiresAt: string | null;
  attendedAt: string | null;
  createdAt: string;
}

export type EventInput = Omit<
  StaffEvent,
  | 'id'
  | 'seatsTaken'
  | 'waitlisted'
  | 'registrationOpen'
  | 'status'
  | 'version'
  | 'titleEn'
  | 'descriptionEn'
  | 'audienceEl'
  | 'audienceEn'
  | 'place'
  | 'onlineUrl'
> & {
  titleEn?: string;
  descriptionEn?: string;
  audienceEl?: string;
  audienceEn?: string;
  place?: string;
  onlineUrl?: string;
};

export const useEvents = (when: 'upcoming' | 'past') =>
  useApiQuery<{ items: StaffEvent[] }>(`/api/events?when=${when}`);
export const useEvent = (id: string) => useApiQuery<StaffEvent>(`/api/events/${id}`);
export const useRegistrations = (id: string) =>
  useApiQuery<{ items: Registration[] }>(`/api/events/${id}/registrations`);

export function saveEvent(input: EventInput, existing?: { id: string; version: number }) {
  return existing
    ? apiFetch<StaffEvent>(`/api/events/${existing.id}`, {
        method: 'PUT',
        body: { ...input, version: existing.version },
      })
    : apiFetch<StaffEvent>('/api/events', { method: 'POST', body: input });
}

export function changeEventStatus(event: StaffEvent, action: 'publish' | 'cancel') {
  return apiFetch<StaffEvent>(`/api/events/${event.id}/${action}`, {
    method: 'POST',
    body: { version: event.version },
  });
}

export function registerAtDesk(
  eventId: string,
  body: { residentId?: string; name?: string; email?: string; phone?: string },
) {
  return apiFetch<Registration>(`/api/events/${eventId}/registrations`, { method: 'POST', body });
}

export function changeRegistration(
  eventId: string,
  registrationId: string,
  action: 'cancel' | 'confirm' | 'attendance' | 'resident',
  body?: unknown,
) {
  return apiFetch<Registration>(
    `/api/events/${eventId}/registrations/${registrationId}/${action}`,
    {
      method: 'POST',
      ...(body === undefined ? {} : { body }),
    },
  );
}

const ZONE = 'Europe/Athens';

/** The Center's wall-clock time of an instant, as a datetime-local input shows it. */
export function toLocalInput(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** The instant of a wall-clock time in the Center's zone (whatever the browser's zone is). */
export function fromLocalInput(value: string): string {
  const [date = '', time = '00:00'] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  let instant = wall;
  for (let i = 0; i < 2; i += 1) {
    const shown = new Date(`${toLocalInput(new Date(instant).toISOString())}:00Z`).getTime();
    instant += wall - shown;
  }
  return new Date(instant).toISOString();
}

export function formatEventTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'el-GR', {
    timeZone: ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
