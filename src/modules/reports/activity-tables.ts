import {
  appointmentStatusLabels,
  axisLabels,
  channelLabels,
  monthLabel,
  requestOutcomeLabels,
  same,
} from './report-labels.js';
import {
  toNumber,
  type AppointmentsRow,
  type RequestsRow,
  type ServedRow,
  type StaffNameRow,
} from './reports.repository.js';
import { allFilters, column, row, staffFilter, table, totalLabel } from './report-table.js';
import type { Localized, ReportRow, ReportTable } from './report-types.js';

/**
 * The residents served and the request log's tables (the rest of the activity is in
 * case-tables.ts, application-tables.ts and cooperation-tables.ts). Vocabularies are listed in
 * full (zeros included) so rows keep their place.
 */
export function buildServedTable(served: number, newResidents: number): ReportTable {
  const columns = [column('residents', 'count', 'Δημότες', 'Residents')];
  return table(
    {
      id: 'residents_served',
      group: 'activity',
      title: { el: 'Δημότες που εξυπηρετήθηκαν', en: 'Residents served' },
      dimension: { el: 'Δημότες', en: 'Residents' },
      columns,
      filtersApplied: allFilters,
      note: {
        el: 'Μοναδικοί δημότες με τουλάχιστον ένα αίτημα, συνεδρία, ραντεβού που πραγματοποιήθηκε ή συμμετοχή σε δράση στην περίοδο· νέοι: πρώτη εξυπηρέτηση ποτέ μέσα στην περίοδο.',
        en: 'Unique residents with at least one request, counseling session, attended appointment or attended event in the period; new: first service ever within the period.',
      },
    },
    [
      row('new', { el: 'Νέοι', en: 'New' }, { residents: newResidents }, true),
      row(
        'returning',
        { el: 'Επανερχόμενοι', en: 'Returning' },
        {
          residents: served - newResidents,
        },
        true,
      ),
    ],
    row('total', totalLabel, { residents: served }, true),
  );
}

export function buildMonthTable(
  months: string[],
  servedRows: ServedRow[],
  requestRows: RequestsRow[],
  servedTotal: number,
  requestsTotal: number,
): ReportTable {
  const servedBy = new Map(
    servedRows.filter((r) => r.section === 'month').map((r) => [r.key, toNumber(r.n)]),
  );
  const requestsBy = new Map(
    requestRows.filter((r) => r.dimension === 'month').map((r) => [r.key, toNumber(r.n)]),
  );
  return table(
    {
      id: 'activity_by_month',
      group: 'activity',
      title: { el: 'Δραστηριότητα ανά μήνα', en: 'Activity by month' },
      dimension: { el: 'Μήνας', en: 'Month' },
      columns: [
        column('served_unique', 'count', 'Δημότες', 'Residents served'),
        column('requests', 'count', 'Αιτήματα', 'Requests'),
      ],
      filtersApplied: allFilters,
      note: {
        el: 'Ένας δημότης μετρά μία φορά σε κάθε μήνα που εξυπηρετήθηκε· το σύνολο τον μετρά μία φορά.',
        en: 'A resident counts once in each month they were served; the total counts them once.',
      },
    },
    months.map((m) =>
      row(
        m,
        monthLabel(m),
        { served_unique: servedBy.get(m) ?? 0, requests: requestsBy.get(m) ?? 0 },
        true,
      ),
    ),
    row('total', totalLabel, { served_unique: servedTotal, requests: requestsTotal }, true),
  );
}

const requestsColumn = [column('requests', 'count', 'Αιτήματα', 'Requests')];

function requestsTable(
  id: string,
  title: Localized,
  dimension: Localized,
  rows: ReportRow[],
  total: number,
): ReportTable {
  return table(
    {
      id,
      group: 'activity',
      title,
      dimension,
      columns: requestsColumn,
      filtersApplied: allFilters,
    },
    rows,
    row('total', totalLabel, { requests: total }, true),
  );
}

export function buildRequestTables(rows: RequestsRow[], staff: StaffNameRow[]): ReportTable[] {
  const total = toNumber(rows.find((r) => r.dimension === 'total')?.n);
  const countOf = (dimension: string, key: string) =>
    toNumber(rows.find((r) => r.dimension === dimension && r.key === key)?.n);
  const vocabularyRows = (dimension: string, labels: Record<string, Localized>) =>
    Object.entries(labels).map(([key, label]) =>
      row(key, label, { requests: countOf(dimension, key) }, true),
    );
  const names = new Map(staff.map((s) => [s.id, s.display_name]));
  const staffRows = rows
    .filter((r) => r.dimension === 'staff' && r.key !== null)
    .map((r) => ({ key: r.key ?? '', n: toNumber(r.n), name: names.get(r.key ?? '') ?? '—' }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'el'))
    .map((s) => row(s.key, same(s.name), { requests: s.n }, true));
  return [
    requestsTable(
      'requests_by_axis',
      { el: 'Αιτήματα ανά άξονα', en: 'Requests by service axis' },
      { el: 'Άξονας', en: 'Axis' },
      vocabularyRows('axis', axisLabels),
      total,
    ),
    requestsTable(
      'requests_by_channel',
      { el: 'Αιτήματα ανά τρόπο επικοινωνίας', en: 'Requests by channel' },
      { el: 'Τρόπος', en: 'Channel' },
      vocabularyRows('channel', channelLabels),
      total,
    ),
    requestsTable(
      'requests_by_outcome',
      { el: 'Αιτήματα ανά έκβαση', en: 'Requests by outcome' },
      { el: 'Έκβαση', en: 'Outcome' },
      vocabularyRows('outcome', requestOutcomeLabels),
      total,
    ),
    requestsTable(
      'requests_by_staff',
      { el: 'Αιτήματα ανά εργαζόμενο', en: 'Requests by staff member' },
      { el: 'Εργαζόμενος', en: 'Staff member' },
      staffRows,
      total,
    ),
  ];
}

export interface AppointmentFigures {
  table: ReportTable;
  /** Appointments that were not cancelled. */
  held: number;
  noShowRate: number | null;
}

/** No-show rate: no-shows among appointments whose attendance was recorded (not cancelled or pending). */
export function buildAppointmentsTable(rows: AppointmentsRow[]): AppointmentFigures {
  const by = (status: string) => toNumber(rows.find((r) => r.status === status)?.n);
  const all = rows.reduce((sum, r) => sum + toNumber(r.n), 0);
  const recorded = by('no_show') + by('checked_in') + by('completed');
  const columns = [column('appointments', 'count', 'Ραντεβού', 'Appointments')];
  return {
    table: table(
      {
        id: 'appointments_by_status',
        group: 'activity',
        title: { el: 'Ραντεβού ανά κατάσταση', en: 'Appointments by status' },
        dimension: { el: 'Κατάσταση', en: 'Status' },
        columns,
        filtersApplied: staffFilter,
      },
      Object.entries(appointmentStatusLabels).map(([key, label]) =>
        row(key, label, { appointments: by(key) }),
      ),
      row('total', totalLabel, { appointments: all }),
    ),
    held: all - by('cancelled'),
    noShowRate: recorded === 0 ? null : by('no_show') / recorded,
  };
}
