import { AXES, CHANNELS } from '../requests/request-types.js';

/**
 * The dashboard's view as it lives in the URL: the same names the API takes, so one query string
 * serves the page, the drill-down and the exports, and a view can be bookmarked or shared.
 * Empty strings mean "no filter".
 */
export interface ReportQuery {
  from: string;
  to: string;
  axis: string;
  channel: string;
  staffId: string;
}

export type PeriodMode = 'year' | 'month' | 'custom';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today's date in the Center's zone (the server decides periods in Europe/Athens days). */
export function todayIn(timeZone = 'Europe/Athens', now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function yearPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function monthPeriod(year: number, month: number): { from: string; to: string } {
  const mm = String(month).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${lastDayOfMonth(year, month)}` };
}

/** Whether a period is a whole calendar year, a whole month, or something else. */
export function periodModeOf(from: string, to: string): PeriodMode {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const asYear = yearPeriod(year);
  if (asYear.from === from && asYear.to === to) return 'year';
  const asMonth = monthPeriod(year, month);
  if (asMonth.from === from && asMonth.to === to) return 'month';
  return 'custom';
}

/**
 * Reads the view from a query string. Anything missing or malformed falls back to what the server
 * would do (the current calendar year, no filters), so a hand-edited URL still shows a report.
 */
export function parseReportQuery(search: string, today: string): ReportQuery {
  const params = new URLSearchParams(search);
  const year = Number(today.slice(0, 4));
  let from = params.get('from') ?? '';
  let to = params.get('to') ?? '';
  if (!isCalendarDay(to)) to = yearPeriod(Number(from.slice(0, 4))).to;
  if (!isCalendarDay(from) || !isCalendarDay(to) || to < from) ({ from, to } = yearPeriod(year));
  const axis = params.get('axis') ?? '';
  const channel = params.get('channel') ?? '';
  const staffId = params.get('staffId') ?? '';
  return {
    from,
    to,
    axis: (AXES as readonly string[]).includes(axis) ? axis : '',
    channel: (CHANNELS as readonly string[]).includes(channel) ? channel : '',
    staffId: UUID.test(staffId) ? staffId : '',
  };
}

/** The query string of a view (without '?'), filters only when set. */
export function reportSearch(query: ReportQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.axis) params.set('axis', query.axis);
  if (query.channel) params.set('channel', query.channel);
  if (query.staffId) params.set('staffId', query.staffId);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

export function exportHref(query: ReportQuery, format: 'csv' | 'xlsx' | 'pdf', lang: string) {
  return `/api/reports/export?${reportSearch(query, { format, lang: lang === 'en' ? 'en' : 'el' })}`;
}

/** The drill-down page's address, relative to /staff/reports. */
export function drillHref(query: ReportQuery, table: string, row: string): string {
  return `/drill?${reportSearch(query, { table, row })}`;
}

/** How many of the active filters a table ignores (e.g. the staff filter on ESF+ indicators). */
export function filtersIgnoredBy(
  query: ReportQuery,
  applied: readonly string[] | undefined,
): ('axis' | 'channel' | 'staffId')[] {
  if (!applied) return [];
  const active = (['axis', 'channel', 'staffId'] as const).filter((name) => query[name] !== '');
  return active.filter((name) => !applied.includes(name));
}
