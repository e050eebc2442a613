/**
 * Local calendar days and wall-clock times of a Center ↔ UTC instants. Offsets come from the
 * platform's time-zone database through Intl.DateTimeFormat (never hand-written offsets), so the
 * last Sundays of March and October shift by an hour exactly as the law says.
 *
 * A day is 'YYYY-MM-DD'; a local time is minutes after local midnight.
 */
export type Day = string;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock fields of an instant in a zone. */
function wallClock(ms: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    minutes: (parts.hour ?? 0) * 60 + (parts.minute ?? 0),
    seconds: parts.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in ms (Athens: +2 h in winter, +3 h in summer). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day) + w.minutes * MINUTE_MS + w.seconds * 1000;
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

const instantCache = new Map<string, number>();

/**
 * The instant of a local day and time. A time skipped by the spring change (03:00–03:59 in
 * Athens) resolves to the later offset, i.e. one hour later; a repeated autumn time to its first
 * occurrence. Results are cached: availability asks the same few times of every day per staff.
 */
export function localToInstant(day: Day, minutes: number, timeZone: string): number {
  const key = `${timeZone}|${day}|${minutes}`;
  const cached = instantCache.get(key);
  if (cached !== undefined) return cached;
  const naive = dayToUtcMs(day) + minutes * MINUTE_MS;
  const earlier = naive - zoneOffsetMs(naive - DAY_MS, timeZone);
  const later = naive - zoneOffsetMs(naive + DAY_MS, timeZone);
  const matches = (ms: number) => {
    const local = instantToLocal(ms, timeZone);
    return local.day === day && local.minutes === minutes;
  };
  const candidates = [earlier, later].filter(matches).sort((a, b) => a - b);
  const resolved = candidates[0] ?? earlier;
  if (instantCache.size > 50_000) instantCache.clear();
  instantCache.set(key, resolved);
  return resolved;
}

/** The local day and time of an instant. */
export function instantToLocal(ms: number, timeZone: string): { day: Day; minutes: number } {
  const w = wallClock(ms, timeZone);
  return { day: formatDay(w.year, w.month, w.day), minutes: w.minutes };
}

export function localDayOf(ms: number, timeZone: string): Day {
  return instantToLocal(ms, timeZone).day;
}

// Calendar arithmetic on days needs no zone: do it on UTC midnights.
function dayToUtcMs(day: Day): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function formatDay(year: number, month: number, day: number): Day {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(day: Day, days: number): Day {
  const d = new Date(dayToUtcMs(day) + days * DAY_MS);
  return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Day): number {
  const weekday = new Date(dayToUtcMs(day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((dayToUtcMs(to) - dayToUtcMs(from)) / DAY_MS);
}

export function isValidDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && addDays(day, 0) === day;
}

/** 'HH:MM' or 'HH:MM:SS' → minutes after midnight. */
export function parseTime(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
