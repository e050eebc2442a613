import { addDays, isoWeekday, localToInstant, type Day } from '../calendar/time.js';

/**
 * Agenda periods of the Center's zone as instants. Agendas are asked for by calendar day; the
 * database stores instants, and a day in Athens is 23, 24 or 25 hours long around DST changes.
 */
export interface Interval {
  from: Date;
  to: Date;
}

export function localDayInterval(day: Day, zone: string): Interval {
  return {
    from: new Date(localToInstant(day, 0, zone)),
    to: new Date(localToInstant(addDays(day, 1), 0, zone)),
  };
}

/** The Monday-to-Sunday week (ISO 8601) holding `day`. */
export function localWeekInterval(day: Day, zone: string): Interval {
  const monday = addDays(day, 1 - isoWeekday(day));
  return {
    from: new Date(localToInstant(monday, 0, zone)),
    to: new Date(localToInstant(addDays(monday, 7), 0, zone)),
  };
}

/** "Δευτέρα 5 Ιανουαρίου 2026, 10:00" in the reader's language, in the Center's zone. */
export function formatSlot(instant: Date, zone: string, language: 'el' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'el' ? 'el-GR' : 'en-GB', {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}
