import { caseOutcomeLabels, sessionKindLabels } from './report-labels.js';
import {
  toNullableNumber,
  toNumber,
  type CasesRow,
  type CounselingRow,
} from './reports.repository.js';
import { column, row, staffFilter, table, totalLabel } from './report-table.js';
import type { ReportTable } from './report-types.js';

/** Cases and counseling sessions (counts only: what was said never reaches a report). */
export function buildCaseTables(rows: CasesRow[]): {
  tables: ReportTable[];
  opened: number;
  closed: number;
} {
  const opened = toNumber(rows.find((r) => r.section === 'opened')?.n);
  const closedAll = rows.find((r) => r.section === 'closed' && r.outcome === null);
  const closed = toNumber(closedAll?.n);
  const columns = [
    column('cases', 'count', 'Φάκελοι', 'Cases'),
    column('median_days', 'days', 'Διάμεση διάρκεια (ημέρες)', 'Median duration (days)', 'cases'),
  ];
  const summary = table(
    {
      id: 'cases',
      group: 'activity',
      title: { el: 'Φάκελοι που άνοιξαν και έκλεισαν', en: 'Cases opened and closed' },
      dimension: { el: 'Φάκελοι', en: 'Cases' },
      columns,
      filtersApplied: staffFilter,
      note: {
        el: 'Διάρκεια: ημερολογιακές ημέρες από το άνοιγμα ως το κλείσιμο, για όσους έκλεισαν στην περίοδο.',
        en: 'Duration: calendar days from opening to closing, for cases closed in the period.',
      },
    },
    [
      row('opened', { el: 'Άνοιξαν', en: 'Opened' }, { cases: opened, median_days: null }),
      row(
        'closed',
        { el: 'Έκλεισαν', en: 'Closed' },
        {
          cases: closed,
          median_days: toNullableNumber(closedAll?.median_days ?? null),
        },
      ),
    ],
    null,
  );
  const byOutcome = table(
    {
      id: 'cases_closed_by_outcome',
      group: 'activity',
      title: { el: 'Φάκελοι που έκλεισαν ανά έκβαση', en: 'Cases closed by outcome' },
      dimension: { el: 'Έκβαση', en: 'Outcome' },
      columns,
      filtersApplied: staffFilter,
    },
    Object.entries(caseOutcomeLabels).map(([key, label]) => {
      const found = rows.find((r) => r.section === 'closed' && r.outcome === key);
      return row(key, label, {
        cases: toNumber(found?.n),
        median_days: toNullableNumber(found?.median_days ?? null),
      });
    }),
    row('total', totalLabel, {
      cases: closed,
      median_days: toNullableNumber(closedAll?.median_days ?? null),
    }),
  );
  return { tables: [summary, byOutcome], opened, closed };
}

export function buildCounselingTable(rows: CounselingRow[]): {
  table: ReportTable;
  sessions: number;
} {
  const columns = [
    column('sessions', 'count', 'Συνεδρίες', 'Sessions'),
    column('participants', 'count', 'Δημότες', 'Residents'),
  ];
  const valuesFor = (kind: string | null) => {
    const found = rows.find((r) => r.kind === kind);
    return { sessions: toNumber(found?.sessions), participants: toNumber(found?.participants) };
  };
  const total = valuesFor(null);
  return {
    sessions: total.sessions,
    table: table(
      {
        id: 'counseling_sessions',
        group: 'activity',
        title: { el: 'Συνεδρίες συμβουλευτικής', en: 'Counseling sessions' },
        dimension: { el: 'Είδος', en: 'Kind' },
        columns,
        filtersApplied: staffFilter,
        note: {
          el: 'Μόνο πλήθη· τίποτα από το περιεχόμενο των συνεδριών.',
          en: 'Counts only; nothing of what was said.',
        },
      },
      Object.entries(sessionKindLabels).map(([key, label]) => row(key, label, valuesFor(key))),
      row('total', totalLabel, total),
    ),
  };
}
