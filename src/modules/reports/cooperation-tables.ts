import { referralStatusLabels, same } from './report-labels.js';
import {
  toNullableNumber,
  toNumber,
  type EventsRow,
  type ReferralsRow,
} from './reports.repository.js';
import { column, row, staffFilter, table, totalLabel } from './report-table.js';
import type { ReportTable } from './report-types.js';

/** Referrals (destination, status, turnaround) and events (participants). */
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
            column('median_days', 'days', 'Διάμεσος (ημέρες)', 'Median (days)', 'referrals'),
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
