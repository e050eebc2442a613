/** The report as the API returns it (contract: docs/api/cooperation-issue.md § Reports API). */
export interface Localized {
  el: string;
  en: string;
}

export type ColumnKind = 'count' | 'amount' | 'days' | 'rate';
export type ReportFilterName = 'axis' | 'channel' | 'staffId';

export interface ReportColumn {
  key: string;
  label: Localized;
  kind: ColumnKind;
  /**
   * For an amount, a duration or a rate: the count column of the people it is computed over
   * (exports hide it when that count is below five). Added to the contract.
   */
  basis?: string;
}

export interface ReportRow {
  key: string;
  label: Localized;
  /** Exact figures by column key (suppression is for exports). */
  values: Record<string, number | null>;
  drillable: boolean;
}

export interface ReportTable {
  id: string;
  group: 'activity' | 'indicators';
  title: Localized;
  dimension: Localized;
  columns: ReportColumn[];
  rows: ReportRow[];
  total: ReportRow | null;
  chart: 'bar' | 'none';
  /** Added to the contract: which of the request's filters narrowed this table. */
  filtersApplied: ReportFilterName[];
  /** Added: a sentence on what is counted, for readers of the exports. */
  note: Localized | null;
}

export interface ReportFilters {
  axis: string | null;
  channel: string | null;
  staffId: string | null;
}

export interface PeriodReport {
  period: { from: string; to: string };
  filters: ReportFilters;
  generatedAt: string;
  definitionsVersion: string;
  /** Added: the Center's time zone, which decides the days and months. */
  timeZone: string;
  headline: {
    servedUnique: number;
    newResidents: number;
    returningResidents: number;
    requests: number;
    casesOpened: number;
    casesClosed: number;
    counselingSessions: number;
    referrals: number;
    appointments: number;
    noShowRate: number | null;
    eventParticipants: number;
  };
  trend: { month: string; servedUnique: number; requests: number }[];
  tables: ReportTable[];
}

/** A period in the Center's days, with the instants that bound it ([from, until)). */
export interface ReportPeriod {
  from: string;
  to: string;
  timeZone: string;
  fromInstant: Date;
  untilInstant: Date;
}
