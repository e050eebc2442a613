import type { FieldError } from '../../lib/app-error.js';
import { localDayOf } from '../appointments/calendar/time.js';
import type { EventStatus, RegistrationStatus } from './events.tables.js';

/** The statuses that hold one of the event's seats (the trigger of 0017 counts the same). */
export const SEAT_HOLDING: readonly RegistrationStatus[] = ['registered', 'attended', 'offered'];
/** The statuses of a live registration: the person counts as registered once, in any of them. */
export const LIVE: readonly RegistrationStatus[] = [...SEAT_HOLDING, 'waitlisted'];

/**
 * Contact details of people who were never residents are anonymised this long after the event
 * ends: long enough for the Center's yearly report and questions about attendance, no longer.
 */
export const CONTACT_RETENTION_MONTHS = 12;

/**
 * One registration per person and event: the lower-cased e-mail, else the phone's digits, else
 * the resident's file. The same key from the public form and from the desk is the same person.
 */
export function personKey(who: {
  email?: string | null;
  phone?: string | null;
  residentId?: string | null;
}): string {
  const email = who.email?.trim().toLowerCase();
  if (email) return `email:${email}`;
  const digits = who.phone?.replace(/\D/g, '');
  if (digits)
    return `phone:${digits.startsWith('30') && digits.length === 12 ? digits.slice(2) : digits}`;
  if (who.residentId) return `resident:${who.residentId}`;
  throw new Error('A registration needs an e-mail, a phone or a resident');
}

export interface RegistrationWindow {
  status: EventStatus;
  registration_opens_at: Date;
  registration_closes_at: Date;
}

/** Registration is open only for a published event, from its opening to (not at) its closing. */
export function isRegistrationOpen(event: RegistrationWindow, now: Date): boolean {
  return (
    event.status === 'published' &&
    now.getTime() >= event.registration_opens_at.getTime() &&
    now.getTime() < event.registration_closes_at.getTime()
  );
}

/**
 * Until when a freed seat is held for the person first in line: `offerHours` from now, but never
 * past the event's start (an offer for a seat at an event that has begun is worthless). Null when
 * there is no time left to offer anything.
 */
export function offerExpiry(now: Date, offerHours: number, startsAt: Date): Date | null {
  const until = Math.min(now.getTime() + offerHours * 3_600_000, startsAt.getTime());
  return until > now.getTime() ? new Date(until) : null;
}

/** Whether `now` falls in the reminder window before the start (a confirmation then suffices). */
export function isWithinReminderWindow(startsAt: Date, now: Date, hoursBefore: number): boolean {
  const ms = startsAt.getTime() - now.getTime();
  return ms <= hoursBefore * 3_600_000;
}

/**
 * Attendance is recorded from the event's first day (Center's zone) on; later is allowed, as
 * staff may enter a paper attendance sheet after the event.
 */
export function canRecordAttendance(startsAt: Date, now: Date, zone: string): boolean {
  return localDayOf(now.getTime(), zone) >= localDayOf(startsAt.getTime(), zone);
}

/**
 * When a check-in says the person was there: the moment it is recorded, but never after the
 * event ended (a paper sheet typed in days later dates the attendance to the event, so monthly
 * reports count it in the event's month) and never before it started (a check-in at the door).
 */
export function attendanceTime(now: Date, startsAt: Date, endsAt: Date): Date {
  const at = Math.max(startsAt.getTime(), Math.min(now.getTime(), endsAt.getTime()));
  return new Date(at);
}

export interface EventTimes {
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  place: string | null;
  onlineUrl: string | null;
}

/** What is wrong with an event's times and place, named by field (empty when nothing is). */
export function eventInputErrors(input: EventTimes): FieldError[] {
  const errors: FieldError[] = [];
  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    errors.push({ field: 'body.endsAt', rule: 'time_order' });
  }
  if (input.registrationClosesAt.getTime() <= input.registrationOpensAt.getTime()) {
    errors.push({ field: 'body.registrationClosesAt', rule: 'date_order' });
  }
  if (input.registrationClosesAt.getTime() > input.endsAt.getTime()) {
    errors.push({ field: 'body.registrationClosesAt', rule: 'closes_after_event' });
  }
  if (!input.place && !input.onlineUrl) {
    errors.push({ field: 'body.place', rule: 'place_or_link_required' });
  }
  return errors;
}
