import type { Rng } from '../../bench/generate/random.js';
import { intBetween } from '../../bench/generate/random.js';
import {
  addDays,
  isoWeekday,
  localDayOf,
  localToInstant,
} from '../../src/modules/appointments/calendar/time.js';
import type { Actor } from '../../src/modules/auth/actor.js';
import type { Role } from '../../src/db/types.js';

/** How far back the demo's activity reaches: a year for the dashboard, and the months before it. */
export const HISTORY_DAYS = 425;

export interface DemoStaffMember {
  id: string;
  role: Role;
  username: string;
}

/** The demo's staff by what they do in it. */
export interface DemoTeam {
  coordinator: DemoStaffMember;
  workers: DemoStaffMember[];
  psychologist: DemoStaffMember;
  reception: DemoStaffMember;
  partner: DemoStaffMember;
}

export interface DemoResident {
  id: string;
  name: string;
  /** Household number of the generator: members of one family share it. */
  household: number;
  age: number;
  mobilePhone: string | null;
  /** When the resident first came to the Center (their file's creation). */
  arrivedAt: Date;
}

/** What every part of the demo works with: one Center, its clock and a seeded random source. */
export interface DemoWorld {
  centerId: string;
  timezone: string;
  now: Date;
  rng: Rng;
  team: DemoTeam;
  residents: DemoResident[];
}

export function actorOf(world: DemoWorld, member: DemoStaffMember): Actor {
  return { centerId: world.centerId, staffId: member.id, role: member.role, ip: null };
}

const DAY_MS = 86_400_000;

/** The Center's calendar day `days` before now. */
export function dayAgo(world: DemoWorld, days: number): string {
  return addDays(localDayOf(world.now.getTime(), world.timezone), -days);
}

/**
 * An instant within opening hours (Mon–Fri 08:30–15:30, Center's zone) on `day` or, at a
 * weekend, the Friday before; never later than yesterday, so nothing of the demo is in the future.
 */
export function atWork(world: DemoWorld, day: string, minuteOfDay?: number): Date {
  const yesterday = dayAgo(world, 1);
  const capped = day > yesterday ? yesterday : day;
  const weekday = isoWeekday(capped);
  const workday = weekday > 5 ? addDays(capped, 5 - weekday) : capped;
  const minutes = minuteOfDay ?? 8 * 60 + 30 + 5 * intBetween(world.rng, 0, 84);
  return new Date(localToInstant(workday, minutes, world.timezone));
}

/** A working-hours instant `days` (may be fractional) after `from`, capped at yesterday. */
export function workDaysAfter(world: DemoWorld, from: Date, days: number): Date {
  const day = localDayOf(from.getTime() + days * DAY_MS, world.timezone);
  const at = atWork(world, day);
  return at.getTime() > from.getTime() ? at : new Date(from.getTime() + 3_600_000);
}

/** A working-hours instant between two instants (both in the past). */
export function workBetween(world: DemoWorld, from: Date, to: Date): Date {
  const span = Math.max(0, to.getTime() - from.getTime());
  const ms = from.getTime() + world.rng() * span;
  return atWork(world, localDayOf(ms, world.timezone));
}
