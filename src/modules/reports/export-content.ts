import { axisLabels, channelLabels } from './report-labels.js';
import type { ColumnKind, Localized, PeriodReport, ReportTable } from './report-types.js';
import {
  suppressCount,
  suppressRate,
  suppressRow,
  SUPPRESSED,
  type ExportCell,
} from './suppression.js';

export type Language = 'el' | 'en';

/**
 * What every export format shows, with suppression already applied: the exports render these
 * and nothing else, so no format can leak an exact small count.
 */
export interface ExportLine {
  label: string;
  cell: ExportCell;
  kind: ColumnKind;
}

export interface ExportTable {
  id: string;
  group: ReportTable['group'];
  title: string;
  note: string | null;
  header: string[];
  kinds: ColumnKind[];
  rows: { label: string; cells: ExportCell[] }[];
}

export interface ExportDocument {
  title: string;
  facts: [string, string][];
  headline: ExportLine[];
  tables: ExportTable[];
  suppressionNote: string;
}

const words = {
  title: { el: 'Αναφορά δραστηριότητας', en: 'Activity report' },
  period: { el: 'Περίοδος', en: 'Period' },
  filters: { el: 'Φίλτρα', en: 'Filters' },
  none: { el: 'Κανένα', en: 'None' },
  generated: { el: 'Δημιουργήθηκε', en: 'Generated' },
  definitions: { el: 'Ορισμοί δεικτών', en: 'Indicator definitions' },
  timeZone: { el: 'Ζώνη ώρας', en: 'Time zone' },
  suppression: {
    el: 'Πλήθη από 1 έως 4 εμφανίζονται ως «<5» (και τα ποσά, οι διάρκειες και τα ποσοστά των γραμμών τους), ώστε να μην αναγνωρίζεται κανείς.',
    en: 'Counts from 1 to 4 are shown as “<5” (and so are the amounts, durations and rates of their rows), so that no one can be recognised.',
  },
};

const headlineLabels: Record<keyof PeriodReport['headline'], Localized> = {
  servedUnique: { el: 'Δημότες που εξυπηρετήθηκαν', en: 'Residents served' },
  newResidents: { el: 'Νέοι δημότες', en: 'New residents' },
  returningResidents: { el: 'Επανερχόμενοι δημότες', en: 'Returning residents' },
  requests: { el: 'Αιτήματα', en: 'Requests' },
  casesOpened: { el: 'Φάκελοι που άνοιξαν', en: 'Cases opened' },
  casesClosed: { el: 'Φάκελοι που έκλεισαν', en: 'Cases closed' },
  counselingSessions: { el: 'Συνεδρίες συμβουλευτικής', en: 'Counseling sessions' },
  referrals: { el: 'Παραπομπές', en: 'Referrals' },
  appointments: { el: 'Ραντεβού', en: 'Appointments' },
  noShowRate: { el: 'Ποσοστό μη προσέλευσης', en: 'No-show rate' },
  eventParticipants: { el: 'Συμμετέχοντες σε δράσεις', en: 'Event participants' },
};

export function buildExportDocument(report: PeriodReport, lang: Language): ExportDocument {
  const h = report.headline;
  const noShowBase = noShowBaseOf(report);
  const headline: ExportLine[] = (Object.keys(headlineLabels) as (keyof typeof h)[]).map((key) =>
    key === 'noShowRate'
      ? {
          label: headlineLabels[key][lang],
          cell: suppressRate(h.noShowRate, noShowBase),
          kind: 'rate',
        }
      : { label: headlineLabels[key][lang], cell: suppressCount(h[key] ?? 0), kind: 'count' },
  );
  return {
    title: words.title[lang],
    facts: [
      [words.period[lang], `${report.period.from} – ${report.period.to}`],
      [words.filters[lang], filtersText(report, lang)],
      [words.timeZone[lang], report.timeZone],
      [words.definitions[lang], report.definitionsVersion],
      [words.generated[lang], report.generatedAt],
    ],
    headline,
    tables: report.tables.map((t) => ({
      id: t.id,
      group: t.group,
      title: t.title[lang],
      note: t.note ? t.note[lang] : null,
      header: [t.dimension[lang], ...t.columns.map((c) => c.label[lang])],
      kinds: t.columns.map((c) => c.kind),
      rows: [...t.rows, ...(t.total ? [t.total] : [])].map((r) => ({
        label: r.label[lang],
        cells: suppressRow(t, r),
      })),
    })),
    suppressionNote: words.suppression[lang],
  };
}

/** Appointments whose attendance was recorded: the base of the no-show rate. */
function noShowBaseOf(report: PeriodReport): number {
  const table = report.tables.find((t) => t.id === 'appointments_by_status');
  const count = (key: string) => table?.rows.find((r) => r.key === key)?.values.appointments ?? 0;
  return count('no_show') + count('checked_in') + count('completed');
}

function filtersText(report: PeriodReport, lang: Language): string {
  const parts: string[] = [];
  if (report.filters.axis)
    parts.push(axisLabels[report.filters.axis]?.[lang] ?? report.filters.axis);
  if (report.filters.channel) {
    parts.push(channelLabels[report.filters.channel]?.[lang] ?? report.filters.channel);
  }
  if (report.filters.staffId) parts.push(lang === 'el' ? 'Ένας εργαζόμενος' : 'One staff member');
  return parts.length === 0 ? words.none[lang] : parts.join(', ');
}

/** A cell as text: Greek uses the decimal comma; rates as percentages. */
export function formatCell(cell: ExportCell, kind: ColumnKind, lang: Language): string {
  if (cell === null) return '';
  if (cell === SUPPRESSED) return SUPPRESSED;
  const decimal = (value: number, digits: number) => {
    const text = value.toFixed(digits);
    return lang === 'el' ? text.replace('.', ',') : text;
  };
  switch (kind) {
    case 'amount':
      return decimal(cell, 2);
    case 'days':
      return Number.isInteger(cell) ? String(cell) : decimal(cell, 1);
    case 'rate':
      return `${decimal(cell * 100, 1)}%`;
    default:
      return String(cell);
  }
}

export function exportFileName(report: PeriodReport, extension: string): string {
  return `koinotita-report-${report.period.from}-${report.period.to}.${extension}`;
}
