import { closingMinutes, isClosedDay, type CalendarOverride, type Closure } from './holidays.js';
import {
  addDays,
  instantToLocal,
  isoWeekday,
  localDayOf,
  localToInstant,
  type Day,
} from './time.js';

/**
 * Free slots of an appointment type: pure, so the whole month of a Center is computed from rows
 * read once. Times of day are minutes after local midnight; instants are epoch milliseconds.
 */
export interface SlotType {
  durationMinutes: number;
  bufferMinutes: number;
  minNoticeMinutes: number;
  maxDaysAhead: number;
  dailyCap: number | null;
}

export interface TimeRange {
  startsAt: number;
  endsAt: number;
}

export interface WeeklyHours {
  weekday: number;
  starts: number;
  ends: number;
}

/** A one-off change of a day: hours replacing that weekday's, or off (null times). */
export interface ScheduleChange {
  day: Day;
  starts: number | null;
  ends: number | null;
}

export interface StaffCalendar {
  staffId: string;
  weekly: readonly WeeklyHours[];
  changes: readonly ScheduleChange[];
  absences: readonly TimeRange[];
  /** Active appointments as the time they block: [starts_at, blocked_until). */
  busy: readonly TimeRange[];
}

export interface CenterCalendar {
  timeZone: string;
  openingHours: readonly { weekday: number; opens: number; closes: number }[];
  overrides: readonly CalendarOverride[];
  closures: readonly Closure[];
}

export interface AvailabilityInput {
  type: SlotType;
  staff: readonly StaffCalendar[];
  center: CenterCalendar;
  /** Local days, both inclusive. */
  from: Day;
  to: Day;
  now: number;
  /** Appointments of the type already taken per local day (for the daily cap). */
  takenPerDay?: ReadonlyMap<Day, number>;
}

export interface FreeSlot {
  day: Day;
  startsAt: number;
  endsAt: number;
  staffId: string;
}

const MINUTE_MS = 60_000;
type Interval = readonly [number, number];

/** The days a type can be booked on now: from today to today + max days ahead (local). */
export function bookingWindow(type: SlotType, now: number, timeZone: string) {
  const today = localDayOf(now, timeZone);
  return {
    earliest: now + type.minNoticeMinutes * MINUTE_MS,
    lastDay: addDays(today, type.maxDaysAhead),
    today,
  };
}

/** The Center's opening intervals of a day after holidays, closures and short days. */
export function centerHoursOn(center: CenterCalendar, day: Day): Interval[] {
  if (isClosedDay(day, center.overrides, center.closures)) return [];
  const weekday = isoWeekday(day);
  const hours = center.openingHours.filter((h) => h.weekday === weekday);
  if (hours.length === 0) return [];
  const closes = closingMinutes(day, Math.max(...hours.map((h) => h.closes)), center.overrides);
  return hours
    .map((h): Interval => [h.opens, Math.min(h.closes, closes)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
}

/** A staff member's hours of a day (one-off change or weekly), inside the Center's hours. */
export function staffHoursOn(
  staff: StaffCalendar,
  day: Day,
  centerHours: readonly Interval[],
): Interval[] {
  if (centerHours.length === 0) return [];
  const changes = staff.changes.filter((c) => c.day === day);
  const own: Interval[] =
    changes.length > 0
      ? changes.flatMap((c) => (c.starts === null || c.ends === null ? [] : [[c.starts, c.ends]]))
      : staff.weekly
          .filter((w) => w.weekday === isoWeekday(day))
          .map((w): Interval => [w.starts, w.ends]);
  const result: Interval[] = [];
  for (const [a, b] of own) {
    for (const [c, d] of centerHours) {
      const start = Math.max(a, c);
      const end = Math.min(b, d);
      if (end > start) result.push([start, end]);
    }
  }
  return result.sort((x, y) => x[0] - y[0]);
}

/** Sorted, disjoint ranges: the ends then grow monotonically, so one pointer walks them. */
export function mergeRanges(ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = [...ranges].sort((a, b) => a.startsAt - b.startsAt);
  const merged: TimeRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.startsAt <= last.endsAt) last.endsAt = Math.max(last.endsAt, range.endsAt);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Free slots, ordered by start then staff. Slots step by duration + buffer from the start of
 * each working interval; after an appointment or absence the next slot starts where it ends, so
 * a booking made off the grid does not waste the rest of the day. A slot must end (without its
 * buffer) by the end of the hours; the range it blocks (with its buffer) must not overlap an
 * absence or another appointment's blocked range: the same rule as the database's exclusion
 * constraint, so every slot offered can be inserted.
 */
export function computeFreeSlots(input: AvailabilityInput): FreeSlot[] {
  const { type, center } = input;
  const window = bookingWindow(type, input.now, center.timeZone);
  const first = input.from > window.today ? input.from : window.today;
  const last = input.to < window.lastDay ? input.to : window.lastDay;
  const durationMs = type.durationMinutes * MINUTE_MS;
  const blockMs = (type.durationMinutes + type.bufferMinutes) * MINUTE_MS;
  const blocked = input.staff.map((s) => mergeRanges([...s.busy, ...s.absences]));
  const pointers = input.staff.map(() => 0);
  const slots: FreeSlot[] = [];

  for (let day = first; day <= last; day = addDays(day, 1)) {
    const taken = input.takenPerDay?.get(day) ?? 0;
    if (type.dailyCap !== null && taken >= type.dailyCap) continue;
    const centerHours = centerHoursOn(center, day);
    if (centerHours.length === 0) continue;
    const daySlots: FreeSlot[] = [];
    input.staff.forEach((staff, i) => {
      const blocks = blocked[i] ?? [];
      let p = pointers[i] ?? 0;
      for (const [from, to] of staffHoursOn(staff, day, centerHours)) {
        const end = localToInstant(day, to, center.timeZone);
        let t = localToInstant(day, from, center.timeZone);
        while (t + durationMs <= end) {
          while (p < blocks.length && (blocks[p]?.endsAt ?? 0) <= t) p += 1;
          const block = blocks[p];
          if (block && block.startsAt < t + blockMs) {
            t = block.endsAt;
            continue;
          }
          if (t >= window.earliest) {
            daySlots.push({ day, startsAt: t, endsAt: t + durationMs, staffId: staff.staffId });
          }
          t += blockMs;
        }
      }
      pointers[i] = p;
    });
    daySlots.sort((a, b) => a.startsAt - b.startsAt || (a.staffId < b.staffId ? -1 : 1));
    for (const slot of daySlots) slots.push(slot);
  }
  return slots;
}

export type SlotRule =
  | 'slot_in_past'
  | 'outside_booking_window'
  | 'holiday'
  | 'center_closed'
  | 'outside_hours'
  | 'staff_absent'
  | 'slot_taken'
  | 'daily_cap_reached';

/**
 * Why one staff member cannot take an appointment of the type at `startsAt`, or null when they
 * can: the rules of computeFreeSlots, checked one by one to name the one that failed.
 */
export function slotRejection(
  input: Omit<AvailabilityInput, 'from' | 'to' | 'staff'> & { staff: StaffCalendar },
  startsAt: number,
): SlotRule | null {
  const { type, center, staff } = input;
  if (startsAt < input.now) return 'slot_in_past';
  const window = bookingWindow(type, input.now, center.timeZone);
  const { day } = instantToLocal(startsAt, center.timeZone);
  if (startsAt < window.earliest || day > window.lastDay) return 'outside_booking_window';
  const closed = isClosedDay(day, center.overrides, center.closures);
  if (closed) return closed === 'closure' ? 'center_closed' : 'holiday';
  const endsAt = startsAt + type.durationMinutes * MINUTE_MS;
  const inside = staffHoursOn(staff, day, centerHoursOn(center, day)).some(
    ([from, to]) =>
      localToInstant(day, from, center.timeZone) <= startsAt &&
      endsAt <= localToInstant(day, to, center.timeZone),
  );
  if (!inside) return 'outside_hours';
  const blockedUntil = endsAt + type.bufferMinutes * MINUTE_MS;
  const overlaps = (r: TimeRange) => r.startsAt < blockedUntil && startsAt < r.endsAt;
  if (staff.absences.some(overlaps)) return 'staff_absent';
  if (staff.busy.some(overlaps)) return 'slot_taken';
  const taken = input.takenPerDay?.get(day) ?? 0;
  if (type.dailyCap !== null && taken >= type.dailyCap) return 'daily_cap_reached';
  return null;
}
