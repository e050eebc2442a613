import {
  applicationOutcomeLabels,
  applicationStatusLabels,
  benefitKeys,
  benefitLabel,
} from './report-labels.js';
import { toNumber, type ApplicationsRow } from './reports.repository.js';
import { addTo, column, row, staffFilter, table, totalLabel, valuesOf } from './report-table.js';
import type { ReportTable } from './report-types.js';

/** Benefit applications: by benefit, status and outcome, with the amounts secured. */
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
    // The amount is the approved people's benefits: it hides with their count, not the opened.
    column('amount', 'amount', 'Ποσό που εγκρίθηκε (€)', 'Amount approved (€)', 'approved'),
  ];
  const statusColumns = [column('applications', 'count', 'Αιτήσεις', 'Applications')];
  const outcomeColumns = [
    column('decisions', 'count', 'Αποφάσεις', 'Decisions'),
    column('amount', 'amount', 'Ποσό (€)', 'Amount (€)', 'decisions'),
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
