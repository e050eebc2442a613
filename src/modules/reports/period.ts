import { AppError } from '../../lib/app-error.js';
import { addDays, isValidDay, localDayOf, localToInstant } from '../appointments/calendar/time.js';
import type { ReportPeriod } from './report-types.js';

/** The longest period one report covers: ten years of days (a longer one is a mistake). */
export const MAX_PERIOD_DAYS = 3_660;

/**
 * A period of whole calendar days in the Center's zone, `from` and `to` inclusive, turned into
 * the instants [local midnight of `from`, local midnight after `to`): 23:30 on the 31st belongs to
 * that month and 00:30 on the 1st to the next, in winter and summer time alike. Without dates,
 * the current calendar year (the report coordinators make most).
 */
export function resolvePeriod(
  input: { from?: string; to?: string },
  timeZone: string,
  now: Date = new Date(),
): ReportPeriod {
  const today = localDayOf(now.getTime(), timeZone);
  const from = input.from ?? `${today.slice(0, 4)}-01-01`;
  const to = input.to ?? `${from.slice(0, 4)}-12-31`;
  if (!isValidDay(from)) throw invalid('querystring.from', 'format');
  if (!isValidDay(to)) throw invalid('querystring.to', 'format');
  if (to < from) throw invalid('querystring.to', 'date_order');
  if (to > addDays(from, MAX_PERIOD_DAYS)) throw invalid('querystring.to', 'invalid');
  return {
    from,
    to,
    timeZone,
    fromInstant: new Date(localToInstant(from, 0, timeZone)),
    untilInstant: new Date(localToInstant(addDays(to, 1), 0, timeZone)),
  };
}

function invalid(field: string, rule: string): AppError {
  return new AppError('validation_failed', { fieldErrors: [{ field, rule }] });
}

/** Every calendar month ('YYYY-MM') the period touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** One month of a period, clipped to it ('YYYY-MM' → its days within [from, to]). */
export function monthWithin(month: string, period: ReportPeriod): ReportPeriod | null {
  const first = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const last = `${month}-${String(lastDay).padStart(2, '0')}`;
  const from = first > period.from ? first : period.from;
  const to = last < period.to ? last : period.to;
  if (to < from) return null;
  return resolvePeriod({ from, to }, period.timeZone);
}

/** The instant each month of the period starts (the first one: the period's start), in order. */
export function monthStarts(period: ReportPeriod): Date[] {
  return monthsOf(period.from, period.to).map((month, i) =>
    i === 0 ? period.fromInstant : new Date(localToInstant(`${month}-01`, 0, period.timeZone)),
  );
}
