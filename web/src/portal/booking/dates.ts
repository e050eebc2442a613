/** Calendar arithmetic on `YYYY-MM-DD` days of the Center (Europe/Athens), without a library. */
export const ZONE = 'Europe/Athens';

export function todayInZone(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function toUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: string, n: number): string {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday */
export function isoWeekday(day: string): number {
  return ((toUtc(day).getUTCDay() + 6) % 7) + 1;
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function firstOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** The weeks (Monday first) of a month; days outside it are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (let day = first; day <= last; day = addDays(day, 1)) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0)
    weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'el-GR');

export function formatMonth(month: string, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(toUtc(firstOfMonth(month)));
}

export function formatDay(day: string, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(toUtc(day));
}

/** Short weekday names, Monday first. */
export function weekdayNames(lang: string, width: 'short' | 'long'): string[] {
  const monday = '2024-01-01';
  return Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(locale(lang), { weekday: width, timeZone: 'UTC' }).format(
      toUtc(addDays(monday, i)),
    ),
  );
}

export function formatTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  }).format(new Date(iso));
}

/** The Center's day of an instant. */
export function dayOfInstant(iso: string): string {
  return todayInZone(new Date(iso));
}

export function formatSlot(iso: string, lang: string): string {
  return `${formatDay(dayOfInstant(iso), lang)}, ${formatTime(iso, lang)}`;
}
