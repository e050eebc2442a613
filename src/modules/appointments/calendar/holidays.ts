import Holidays from 'date-holidays';
import { addDays, type Day } from './time.js';

export interface Holiday {
  day: Day;
  nameEl: string;
  nameEn: string;
}

/** A yearly-editable exception to the national calendar (calendar_overrides). */
export interface CalendarOverride {
  day: Day;
  /** holiday: closed (a moved May Day); working_day: open despite a holiday; short_day: closes early. */
  kind: 'holiday' | 'working_day' | 'short_day';
  /** Minutes after midnight the Center closes on a short day. */
  closesAt?: number | null;
  nameEl?: string;
  nameEn?: string;
}

/** A Center closure (center_closures), both days inclusive. */
export interface Closure {
  startsOn: Day;
  endsOn: Day;
  reason: string;
}

const greekNameFixes: Record<string, string> = {
  // date-holidays calls it "Clean Monday" in some versions and "Ash Monday" in others.
  'Καθαρά Δευτέρα': 'Clean Monday',
  'Μεγάλη Παρασκευή': 'Good Friday',
  'Μεγάλο Σάββατο': 'Holy Saturday',
  Πάσχα: 'Easter Sunday',
  'Δευτέρα του Πάσχα': 'Easter Monday',
  Πεντηκοστή: 'Pentecost',
  'Αγίου Πνεύματος': 'Whit Monday',
};

const library = new Holidays('GR');
const byYear = new Map<number, Holiday[]>();

/**
 * The days public services in Greece are closed (domain §4): date-holidays' public holidays of
 * 'GR' (Orthodox Easter and the days that hang on it are right there) plus Μεγάλο Σάββατο, which
 * public services observe but the library omits. A moved May Day is not here: the ministry
 * decides it each year, so it is a calendar override.
 */
export function greekPublicHolidays(year: number): Holiday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const english = new Map(
    library
      .getHolidays(year, 'en')
      .filter((h) => h.type === 'public')
      .map((h) => [h.date.slice(0, 10), h.name]),
  );
  const holidays: Holiday[] = library
    .getHolidays(year, 'el')
    .filter((h) => h.type === 'public')
    .map((h) => {
      const day = h.date.slice(0, 10);
      return { day, nameEl: h.name, nameEn: greekNameFixes[h.name] ?? english.get(day) ?? h.name };
    });
  const goodFriday = holidays.find((h) => h.nameEl === 'Μεγάλη Παρασκευή');
  if (!goodFriday) throw new Error(`date-holidays gave no Good Friday for ${year}`);
  holidays.push({
    day: addDays(goodFriday.day, 1),
    nameEl: 'Μεγάλο Σάββατο',
    nameEn: greekNameFixes['Μεγάλο Σάββατο'] ?? 'Holy Saturday',
  });
  holidays.sort((a, b) => a.day.localeCompare(b.day));
  byYear.set(year, holidays);
  return holidays;
}

export function publicHolidayOn(day: Day): Holiday | undefined {
  return greekPublicHolidays(Number(day.slice(0, 4))).find((h) => h.day === day);
}

export type ClosedReason = 'holiday' | 'closure';

/**
 * Why the Center is closed on a day, or null when it opens (if its weekly hours say so).
 * Closures win over everything; then the Center's overrides; then the national holidays.
 */
export function isClosedDay(
  day: Day,
  overrides: readonly CalendarOverride[],
  closures: readonly Closure[],
): ClosedReason | null {
  if (closures.some((c) => c.startsOn <= day && day <= c.endsOn)) return 'closure';
  const override = overrides.find((o) => o.day === day);
  if (override?.kind === 'holiday') return 'holiday';
  if (override?.kind === 'working_day') return null;
  return publicHolidayOn(day) ? 'holiday' : null;
}

/** How many hours earlier than usual the Center closes on 24/12 and 31/12 (domain §4). */
export const SHORT_DAY_HOURS_EARLY = 2;

/**
 * The closing time of an open day in minutes, given its usual closing: a short_day override
 * sets it; 24/12 and 31/12 close two hours early unless an override says otherwise.
 */
export function closingMinutes(
  day: Day,
  usualCloses: number,
  overrides: readonly CalendarOverride[],
): number {
  const override = overrides.find((o) => o.day === day);
  if (override?.kind === 'short_day' && override.closesAt != null) {
    return Math.min(usualCloses, override.closesAt);
  }
  if (override?.kind === 'working_day') return usualCloses;
  const monthDay = day.slice(5);
  if (monthDay === '12-24' || monthDay === '12-31') {
    return usualCloses - SHORT_DAY_HOURS_EARLY * 60;
  }
  return usualCloses;
}
