import type { LocalizedText } from '../../lib/types.js';

/** The report as GET /api/reports/period returns it (docs/api/cooperation-issue.md § Reports API). */
export type ColumnKind = 'count' | 'amount' | 'days' | 'rate';
export type ReportFilterName = 'axis' | 'channel' | 'staffId';

export interface ReportColumn {
  key: string;
  label: LocalizedText;
  kind: ColumnKind;
}

export interface ReportRow {
  key: string;
  label: LocalizedText;
  /** Exact figures by column key; suppression of small numbers is for the exports only. */
  values: Record<string, number | null>;
  drillable: boolean;
}

export interface ReportTable {
  id: string;
  group: 'activity' | 'indicators';
  title: LocalizedText;
  dimension: LocalizedText;
  columns: ReportColumn[];
  rows: ReportRow[];
  total: ReportRow | null;
  chart: 'bar' | 'none';
  /** Which of the request's filters narrowed this table (the server's addition to the contract). */
  filtersApplied?: ReportFilterName[];
  /** What is counted, in a sentence (the server's addition). */
  note?: LocalizedText | null;
}

export interface Headline {
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
}

export interface TrendPoint {
  month: string;
  servedUnique: number;
  requests: number;
}

export interface PeriodReport {
  period: { from: string; to: string };
  filters: { axis: string | null; channel: string | null; staffId: string | null };
  generatedAt: string;
  definitionsVersion: string;
  headline: Headline;
  trend: TrendPoint[];
  tables: ReportTable[];
}

export interface DrillItem {
  residentId: string;
  name: string;
  servedOn: string;
}

export interface DrillResult {
  items: DrillItem[];
  total: number;
}
