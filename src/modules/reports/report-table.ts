import type {
  ColumnKind,
  Localized,
  ReportColumn,
  ReportFilterName,
  ReportRow,
  ReportTable,
} from './report-types.js';

/** Small constructors so each table of the report reads as a declaration. */
export function column(
  key: string,
  kind: ColumnKind,
  el: string,
  en: string,
  basis?: string,
): ReportColumn {
  return { key, kind, label: { el, en }, ...(basis ? { basis } : {}) };
}

export function row(
  key: string,
  label: Localized,
  values: Record<string, number | null>,
  drillable = false,
): ReportRow {
  return { key, label, values, drillable };
}

export const totalLabel: Localized = { el: 'Σύνολο', en: 'Total' };

export interface TableSpec {
  id: string;
  group: ReportTable['group'];
  title: Localized;
  dimension: Localized;
  columns: ReportColumn[];
  chart?: ReportTable['chart'];
  filtersApplied: ReportFilterName[];
  note?: Localized;
}

export function table(spec: TableSpec, rows: ReportRow[], total: ReportRow | null): ReportTable {
  return {
    id: spec.id,
    group: spec.group,
    title: spec.title,
    dimension: spec.dimension,
    columns: spec.columns,
    rows,
    total,
    chart: spec.chart ?? 'bar',
    filtersApplied: spec.filtersApplied,
    note: spec.note ?? null,
  };
}

/** Adds `n` to a cell of a nested count map. */
export function addTo(
  counts: Map<string, Record<string, number>>,
  rowKey: string,
  columnKey: string,
  n: number,
): void {
  const values = counts.get(rowKey) ?? {};
  values[columnKey] = (values[columnKey] ?? 0) + n;
  counts.set(rowKey, values);
}

/** The values of one row for the given columns, zeros where nothing was counted. */
export function valuesOf(
  counts: Map<string, Record<string, number>>,
  rowKey: string,
  columns: ReportColumn[],
): Record<string, number> {
  const found = counts.get(rowKey) ?? {};
  return Object.fromEntries(columns.map((c) => [c.key, found[c.key] ?? 0]));
}

export const allFilters: ReportFilterName[] = ['axis', 'channel', 'staffId'];
export const staffFilter: ReportFilterName[] = ['staffId'];
