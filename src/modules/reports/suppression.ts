import type { ReportRow, ReportTable } from './report-types.js';

/**
 * Small-cell suppression for every exported aggregate (decision 0014): a count of 1–4 people is
 * written '<5', so no one is recognisable from a published table. Zero stays 0 (it says that no
 * one is counted, which singles nobody out). An amount, a duration or a rate whose own count
 * (the column's `basis`) is suppressed is suppressed too: the amount approved for one person is
 * that person's benefit.
 */
export const SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSED = '<5';

export type ExportCell = number | typeof SUPPRESSED | null;

export function suppressCount(value: number | null): ExportCell {
  if (value === null) return null;
  return value > 0 && value < SUPPRESSION_THRESHOLD ? SUPPRESSED : value;
}

/**
 * The row's cells as they may be exported, in the table's column order. An amount, a duration or
 * a rate hides with the count it is computed over (its `basis`: the amount approved hides with
 * the approved, not with the applications opened); one that names none hides when any count of
 * the row is small, so a column added without a basis errs on the side of hiding.
 */
export function suppressRow(table: ReportTable, row: ReportRow): ExportCell[] {
  const isSmall = (key: string) => suppressCount(row.values[key] ?? null) === SUPPRESSED;
  const counts = table.columns.filter((c) => c.kind === 'count').map((c) => c.key);
  return table.columns.map((c) => {
    const value = row.values[c.key] ?? null;
    if (c.kind === 'count') return suppressCount(value);
    if (value === null) return null;
    const hidden = c.basis ? isSmall(c.basis) : counts.some(isSmall);
    return hidden ? SUPPRESSED : value;
  });
}

/** Headline figures: counts suppressed like cells; the rate only when its base is small. */
export function suppressRate(rate: number | null, base: number): ExportCell {
  if (rate === null) return null;
  return base > 0 && base < SUPPRESSION_THRESHOLD ? SUPPRESSED : rate;
}
