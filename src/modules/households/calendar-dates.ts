/**
 * Calendar dates as YYYY-MM-DD text (PostgreSQL `date`), compared as strings: the format sorts
 * chronologically, and no time zone can move a birthday by a day.
 */

/** Completed years of age on `asOf`; someone born on 29 February turns a year older on 1 March. */
export function ageOn(birthDate: string, asOf: string): number {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return asOf.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Whether a membership [startDate, endDate) covers `day`; the end date is the day they left. */
export function coversDay(period: { startDate: string; endDate: string | null }, day: string) {
  return period.startDate <= day && (period.endDate === null || day < period.endDate);
}

/** A membership is current on `today` once started and until the day its member left. */
export function isCurrentOn(period: { startDate: string; endDate: string | null }, today: string) {
  return period.endDate === null || period.endDate > today;
}

/** Dates before this are typing mistakes, not history (no resident was born before 1900). */
export const EARLIEST_DATE = '1900-01-01';
