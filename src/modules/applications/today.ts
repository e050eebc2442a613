/** The Center's calendar day (every Center is in Greece): deadlines are days, not instants. */
export function todayAtCenter(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(now);
}
