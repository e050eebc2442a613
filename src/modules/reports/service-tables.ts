import {
  applicationOutcomeLabels,
  applicationStatusLabels,
  benefitKeys,
  benefitLabel,
  caseOutcomeLabels,
  referralStatusLabels,
  same,
  sessionKindLabels,
} from './report-labels.js';
import {
  toNullableNumber,
  toNumber,
  type ApplicationsRow,
  type CasesRow,
  type CounselingRow,
  type EventsRow,
  type ReferralsRow,
} from './reports.repository.js';
import { addTo, column, row, staffFilter, table, totalLabel, valuesOf } from './report-table.js';
import type { ReportTable } from './report-types.js';

/** Cases, counseling, applications, referrals and events: the services behind the requests. */
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
    column('median_days', 'days', 'Διάμεση διάρκεια (ημέρες)', 'Median duration (days)'),
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

export function buildApplicationTables(rows: ApplicationsRow[]): ReportTable[] {
  const byBenefit = new Map<string, Record<string, number>>();
  const byStatus = new Map<string, Record<string, number>>();
  const byOutcome = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const n = toNumber(r.n);
    if (r.section === 'created') {
      addTo(byBenefit, r.benefit, 'opened', n);
      addTo(byStatus, r.outcome, 'applications', n);
    } else {
      addTo(byBenefit, r.benefit, r.outcome === 'closed_after_decision' ? 'other' : r.outcome, n);
      addTo(byOutcome, r.outcome, 'decisions', n);
      if (r.outcome === 'approved') {
        addTo(byBenefit, r.benefit, 'amount', toNumber(r.amount));
        addTo(byOutcome, r.outcome, 'amount', toNumber(r.amount));
      }
    }
  }
  const benefitColumns = [
    column('opened', 'count', 'Νέες αιτήσεις', 'New applications'),
    column('approved', 'count', 'Εγκρίθηκαν', 'Approved'),
    column('rejected', 'count', 'Απορρίφθηκαν', 'Rejected'),
    column('amount', 'amount', 'Ποσό που εγκρίθηκε (€)', 'Amount approved (€)'),
  ];
  const statusColumns = [column('applications', 'count', 'Αιτήσεις', 'Applications')];
  const outcomeColumns = [
    column('decisions', 'count', 'Αποφάσεις', 'Decisions'),
    column('amount', 'amount', 'Ποσό (€)', 'Amount (€)'),
  ];
  const sum = (map: Map<string, Record<string, number>>, key: string) =>
    [...map.values()].reduce((s, v) => s + (v[key] ?? 0), 0);
  const totals = (map: Map<string, Record<string, number>>, keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, sum(map, k)]));
  const note = {
    el: 'Νέες: αιτήσεις που καταχωρίστηκαν στην περίοδο· αποφάσεις και ποσά: με ημερομηνία απόφασης στην περίοδο (εκτίμηση του ποσού που εξασφαλίστηκε).',
    en: 'New: applications recorded in the period; decisions and amounts: decided in the period (the estimate of what was secured).',
  };
  return [
    table(
      {
        id: 'applications_by_benefit',
        group: 'activity',
        title: { el: 'Αιτήσεις παροχών ανά παροχή', en: 'Benefit applications by benefit' },
        dimension: { el: 'Παροχή', en: 'Benefit' },
        columns: benefitColumns,
        filtersApplied: staffFilter,
        note,
      },
      benefitKeys
        .filter((key) => byBenefit.has(key))
        .map((key) => row(key, benefitLabel(key), valuesOf(byBenefit, key, benefitColumns))),
      row(
        'total',
        totalLabel,
        totals(
          byBenefit,
          benefitColumns.map((c) => c.key),
        ),
      ),
    ),
    table(
      {
        id: 'applications_by_status',
        group: 'activity',
        title: {
          el: 'Νέες αιτήσεις ανά τρέχουσα κατάσταση',
          en: 'New applications by current status',
        },
        dimension: { el: 'Κατάσταση', en: 'Status' },
        columns: statusColumns,
        filtersApplied: staffFilter,
      },
      Object.entries(applicationStatusLabels).map(([key, label]) =>
        row(key, label, valuesOf(byStatus, key, statusColumns)),
      ),
      row('total', totalLabel, totals(byStatus, ['applications'])),
    ),
    table(
      {
        id: 'applications_by_outcome',
        group: 'activity',
        title: { el: 'Αποφάσεις για αιτήσεις', en: 'Decisions on applications' },
        dimension: { el: 'Απόφαση', en: 'Decision' },
        columns: outcomeColumns,
        filtersApplied: staffFilter,
        note,
      },
      Object.entries(applicationOutcomeLabels).map(([key, label]) =>
        row(key, label, valuesOf(byOutcome, key, outcomeColumns)),
      ),
      row('total', totalLabel, totals(byOutcome, ['decisions', 'amount'])),
    ),
  ];
}

export function buildReferralTables(rows: ReferralsRow[]): { tables: ReportTable[]; made: number } {
  const destinations = rows
    .filter((r) => r.section === 'destination')
    .map((r) => ({
      key: r.key ?? 'external',
      label:
        r.key === 'external' || r.label === null
          ? { el: 'Φορείς εκτός καταλόγου', en: 'Organisations outside the directory' }
          : same(r.label),
      values: {
        referrals: toNumber(r.n),
        completed: toNumber(r.completed),
        delivered: toNumber(r.delivered),
      },
    }))
    .sort(
      (a, b) =>
        b.values.referrals - a.values.referrals || a.label.el.localeCompare(b.label.el, 'el'),
    );
  const made = destinations.reduce((s, d) => s + d.values.referrals, 0);
  const destinationColumns = [
    column('referrals', 'count', 'Παραπομπές', 'Referrals'),
    column('completed', 'count', 'Ολοκληρώθηκαν', 'Completed'),
    column('delivered', 'count', 'Η υπηρεσία δόθηκε', 'Service delivered'),
  ];
  const statusColumns = [column('referrals', 'count', 'Παραπομπές', 'Referrals')];
  const statusCount = (key: string) =>
    toNumber(rows.find((r) => r.section === 'status' && r.key === key)?.n);
  const turnaround = (section: 'first_answer' | 'closure') => {
    const found = rows.find((r) => r.section === section);
    return {
      referrals: toNumber(found?.n),
      median_days: toNullableNumber(found?.median_days ?? null),
    };
  };
  const sumOf = (key: 'referrals' | 'completed' | 'delivered') =>
    destinations.reduce((s, d) => s + d.values[key], 0);
  return {
    made,
    tables: [
      table(
        {
          id: 'referrals_by_destination',
          group: 'activity',
          title: { el: 'Παραπομπές ανά φορέα', en: 'Referrals by destination' },
          dimension: { el: 'Φορέας', en: 'Organisation' },
          columns: destinationColumns,
          filtersApplied: staffFilter,
        },
        destinations.map((d) => row(d.key, d.label, d.values)),
        row('total', totalLabel, {
          referrals: made,
          completed: sumOf('completed'),
          delivered: sumOf('delivered'),
        }),
      ),
      table(
        {
          id: 'referrals_by_status',
          group: 'activity',
          title: { el: 'Παραπομπές ανά τρέχουσα κατάσταση', en: 'Referrals by current status' },
          dimension: { el: 'Κατάσταση', en: 'Status' },
          columns: statusColumns,
          filtersApplied: staffFilter,
        },
        Object.entries(referralStatusLabels).map(([key, label]) =>
          row(key, label, { referrals: statusCount(key) }),
        ),
        row('total', totalLabel, { referrals: made }),
      ),
      table(
        {
          id: 'referrals_turnaround',
          group: 'activity',
          title: { el: 'Χρόνοι απόκρισης παραπομπών', en: 'Referral turnaround' },
          dimension: { el: 'Διάστημα', en: 'Interval' },
          columns: [
            column('referrals', 'count', 'Παραπομπές', 'Referrals'),
            column('median_days', 'days', 'Διάμεσος (ημέρες)', 'Median (days)'),
          ],
          chart: 'none',
          filtersApplied: staffFilter,
          note: {
            el: 'Πρώτη απάντηση: για παραπομπές της περιόδου· ολοκλήρωση: για όσες έκλεισαν στην περίοδο.',
            en: 'First answer: referrals made in the period; closure: referrals closed in the period.',
          },
        },
        [
          row(
            'first_answer',
            { el: 'Ως την πρώτη απάντηση', en: 'To the first answer' },
            turnaround('first_answer'),
          ),
          row('closure', { el: 'Ως το κλείσιμο', en: 'To closure' }, turnaround('closure')),
        ],
        null,
      ),
    ],
  };
}

export function buildEventsTable(rows: EventsRow[]): { table: ReportTable; participants: number } {
  const columns = [
    column('capacity', 'count', 'Θέσεις', 'Seats'),
    column('registered', 'count', 'Εγγραφές', 'Registered'),
    column('attended', 'count', 'Συμμετέχοντες', 'Participants'),
  ];
  const eventRows = rows.map((e) =>
    row(
      e.id,
      { el: e.title_el, en: e.title_en },
      {
        capacity: e.capacity,
        registered: toNumber(e.registered),
        attended: toNumber(e.attended),
      },
    ),
  );
  const sum = (key: string) => eventRows.reduce((s, r) => s + (r.values[key] ?? 0), 0);
  const participants = sum('attended');
  return {
    participants,
    table: table(
      {
        id: 'events',
        group: 'activity',
        title: { el: 'Δράσεις και συμμετέχοντες', en: 'Events and participants' },
        dimension: { el: 'Δράση', en: 'Event' },
        columns,
        filtersApplied: [],
        note: {
          el: 'Δημοσιευμένες δράσεις που ξεκίνησαν στην περίοδο· συμμετέχοντες: όσοι σημειώθηκαν παρόντες.',
          en: 'Published events starting in the period; participants: those marked as attended.',
        },
      },
      eventRows,
      row('total', totalLabel, {
        capacity: sum('capacity'),
        registered: sum('registered'),
        attended: participants,
      }),
    ),
  };
}
