import { apiFetch } from '../../lib/api.js';

export interface Localized {
  el: string;
  en: string;
}

export interface PublicEvent {
  id: string;
  title: Localized;
  description: Localized;
  audience: Localized | null;
  place: string | null;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  seatsLeft: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
  registrationOpen: boolean;
  cancelled: boolean;
}

export type RegistrationStatus =
  'registered' | 'waitlisted' | 'offered' | 'attended' | 'cancelled' | 'expired';

export interface PublicRegistration {
  id: string;
  status: RegistrationStatus;
  position: number | null;
  offerExpiresAt: string | null;
  emailed: boolean;
  cancelUrl: string | null;
  event: PublicEvent;
}

export interface RegisterInput {
  name: string;
  email?: string;
  phone?: string;
  language: 'el' | 'en';
  consent: true;
}

export function registerForEvent(eventId: string, input: RegisterInput, idempotencyKey: string) {
  return apiFetch<PublicRegistration>(`/api/public/events/${eventId}/registrations`, {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function viewRegistration(id: string, token: string) {
  const q = new URLSearchParams({ token });
  return apiFetch<PublicRegistration>(`/api/public/event-registrations/${id}?${q.toString()}`);
}

export function changeRegistration(id: string, action: 'accept' | 'cancel', token: string) {
  return apiFetch<PublicRegistration>(`/api/public/event-registrations/${id}/${action}`, {
    method: 'POST',
    body: { token },
  });
}

/** A fresh key per submission attempt; a retry of the same attempt reuses it (registers once). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function pick(text: Localized, lang: string): string {
  return lang === 'en' ? text.en : text.el;
}

/** "Τρίτη 10 Μαρτίου 2026, 10:00–12:00" in the Center's zone. */
export function formatWhen(startsAt: string, endsAt: string, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : 'el-GR';
  const zone = 'Europe/Athens';
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = day.format(start) === day.format(end);
  return sameDay
    ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
    : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}

export function formatInstant(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'el-GR', {
    timeZone: 'Europe/Athens',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
