// Dates as whole UTC day numbers: cheap to add and compare when generating many people.

const MS_PER_DAY = 86_400_000;

export function toDayNumber(isoDate: string): number {
  return Math.floor(Date.parse(isoDate + 'T00:00:00Z') / MS_PER_DAY);
}

export function formatDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day number `years` calendar years before `day` (29 February falls back to 28). */
export function subtractYears(day: number, years: number): number {
  const date = new Date(day * MS_PER_DAY);
  const shifted = new Date(Date.UTC(date.getUTCFullYear() - years, date.getUTCMonth(), 1));
  const lastDay = new Date(Date.UTC(shifted.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  shifted.setUTCDate(Math.min(date.getUTCDate(), lastDay.getUTCDate()));
  return Math.floor(shifted.getTime() / MS_PER_DAY);
}

/** Age in completed years on `asOf` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, asOf: string): number {
  // MM-DD compares correctly as text, which keeps this cheap for millions of calls.
  const hadBirthday = asOf.slice(5) >= birthDate.slice(5);
  return Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (hadBirthday ? 0 : 1);
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
