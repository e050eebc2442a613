import { apiFetch } from '../../lib/api.js';
import type {
  Confirmation,
  DayAvailability,
  MonthAvailability,
  PublicType,
} from './booking-types.js';

/** A fresh key per submission attempt; a retry of the same attempt reuses it (books once). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function listPublicTypes() {
  return apiFetch<{ items: PublicType[] }>('/api/public/appointment-types');
}

export function monthAvailability(base: string, typeId: string, from: string, to: string) {
  const q = new URLSearchParams({ typeId, from, to });
  return apiFetch<MonthAvailability>(`${base}?${q.toString()}`);
}

export function dayAvailability(base: string, typeId: string, day: string) {
  const q = new URLSearchParams({ typeId, day });
  return apiFetch<DayAvailability>(`${base}?${q.toString()}`);
}

export interface PublicBookInput {
  typeId: string;
  startsAt: string;
  staffId?: string;
  name: string;
  phone?: string;
  email?: string;
  reason?: string;
  consent: true;
}

export function bookPublicly(input: PublicBookInput, idempotencyKey: string) {
  return apiFetch<Confirmation>('/api/public/appointments', {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export interface WaitlistInput {
  typeId: string;
  from: string;
  to: string;
  name: string;
  phone?: string;
  email: string;
  consent: true;
}

export function joinWaitlist(input: WaitlistInput, idempotencyKey: string) {
  return apiFetch<{ id: string; status: string; from: string; to: string }>(
    '/api/public/waitlist',
    { method: 'POST', body: input, headers: { 'Idempotency-Key': idempotencyKey } },
  );
}

const byId = (id: string) => `/api/public/appointments/${encodeURIComponent(id)}`;

export function viewByLink(id: string, token: string) {
  return apiFetch<Confirmation>(`${byId(id)}?token=${encodeURIComponent(token)}`);
}

export function cancelByLink(id: string, token: string) {
  return apiFetch<Confirmation>(`${byId(id)}/cancel`, { method: 'POST', body: { token } });
}

export function moveByLink(id: string, token: string, startsAt: string) {
  return apiFetch<Confirmation>(`${byId(id)}/move`, {
    method: 'POST',
    body: { token, startsAt },
  });
}

export function acceptOffer(id: string, token: string) {
  return apiFetch<Confirmation>(`/api/public/waitlist/${encodeURIComponent(id)}/accept`, {
    method: 'POST',
    body: { token },
  });
}
