import type { ColumnKind } from './report-types.js';
import { periodModeOf } from './report-query.js';

/** Numbers and dates of the dashboard, in the reader's language (el-GR: 1.300 and 12,5%). */
export function localeOf(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'el-GR';
}

export function formatCount(value: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 }).format(value);
}

/** One cell of a report table; null (nothing to measure, e.g. a median of no cases) is a dash. */
export function formatValue(value: number | null, kind: ColumnKind, lang: string): string {
  if (value === null) return '—';
  const locale = localeOf(lang);
  switch (kind) {
    case 'amount':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);
    case 'rate':
      return new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(value);
    case 'days':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
    default:
      return formatCount(value, lang);
  }
}

function utcDate(day: string): Date {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** 'YYYY-MM' as "Μάρτιος 2025" (with the year, Greek uses the nominative month name). */
export function formatMonth(month: string, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDate(`${month}-01`));
}

/** 'YYYY-MM' for a chart axis: "Μαρ", or "Μαρ 25" when the period spans years. */
export function formatShortMonth(month: string, lang: string, withYear: boolean): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    month: 'short',
    ...(withYear ? { year: '2-digit' as const } : {}),
    timeZone: 'UTC',
  }).format(utcDate(`${month}-01`));
}

/** A calendar day as the reader writes it: 31/3/2025 or 31/03/2025. */
export function formatDay(day: string, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDate(day));
}

export function formatDateTimeShort(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Athens',
  }).format(new Date(iso));
}

/** A period as people say it: "2025", "Μάρτιος 2025" or "1/3/2025 – 15/3/2025". */
export function formatPeriod(from: string, to: string, lang: string): string {
  const mode = periodModeOf(from, to);
  if (mode === 'year') return from.slice(0, 4);
  if (mode === 'month') return formatMonth(from.slice(0, 7), lang);
  return `${formatDay(from, lang)} – ${formatDay(to, lang)}`;
}
