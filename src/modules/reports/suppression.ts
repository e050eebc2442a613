import type { ColumnKind, ReportRow, ReportTable } from './report-types.js';

/**
 * Small-cell suppression for every exported aggregate (decision 0014): a count of 1–4 people is
 * written '<5', so no one is recognisable from a published table. Zero stays 0 (it says that no
 * one is counted, which singles nobody out). An amount, a duration or a rate of a row whose
 * count is suppressed is suppressed too: the amount approved for one person is that person's
 * benefit.
 */
export const SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSED = '<5';

export type ExportCell = number | typeof SUPPRESSED | null;

export function suppressCount(value: number | null): ExportCell {
  if (value === null) return null;
  return value > 0 && value < SUPPRESSION_THRESHOLD ? SUPPRESSED : value;
}

/** The row's cells as they may be exported, in the table's column order. */
export function suppressRow(table: ReportTable, row: ReportRow): ExportCell[] {
  const counts = table.columns.filter((c) => c.kind === 'count');
  // The row's people: its first count column (e.g. applications, residents, referrals).
  const base = counts[0] ? (row.values[counts[0].key] ?? null) : null;
  const baseSuppressed = suppressCount(base) === SUPPRESSED;
  return table.columns.map((c) => suppressCell(c.kind, row.values[c.key] ?? null, baseSuppressed));
}

function suppressCell(kind: ColumnKind, value: number | null, baseSuppressed: boolean): ExportCell {
  if (kind === 'count') return suppressCount(value);
  if (value === null) return null;
  return baseSuppressed ? SUPPRESSED : value;
}

/** Headline figures: counts suppressed like cells; the rate only when its base is small. */
export function suppressRate(rate: number | null, base: number): ExportCell {
  if (rate === null) return null;
  return base > 0 && base < SUPPRESSION_THRESHOLD ? SUPPRESSED : rate;
}
