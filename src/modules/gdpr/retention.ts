/**
 * The retention rule, as a pure function of the clock. A file is kept for `retentionYears`
 * after the end of the year of the last contact, like the ESPA audit trail (Reg. 2021/1060
 * art. 82: five years from 31 December of the year of the last payment; domain/greece.md §6).
 * So a file whose last contact fell in year Y is anonymised from 1 January of Y + years + 1.
 *
 * Returns the instant before which a last contact makes a file due: 1 January of
 * (this year − years), at midnight in Athens. 1 January is always winter time there (UTC+2).
 */
export function retentionCutoff(now: Date, retentionYears: number): Date {
  const athensYear = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Athens', year: 'numeric' }).format(now),
  );
  return new Date(`${athensYear - retentionYears}-01-01T00:00:00+02:00`);
}
