import {
  ageBand,
  ageBands,
  educationBand,
  educationBands,
  employmentGroups,
  employmentGroupsOf,
  genderKey,
  genderKeys,
  vulnerableAnswer,
  vulnerableGroups,
  type ParticipantFacts,
} from './indicators.js';
import {
  ageBandLabels,
  educationBandLabels,
  employmentGroupLabels,
  genderLabels,
  vulnerableGroupLabels,
} from './report-labels.js';
import { toNumber, type ServedRow } from './reports.repository.js';
import { addTo, allFilters, column, row, table, totalLabel, valuesOf } from './report-table.js';
import type { Localized, ReportColumn, ReportTable } from './report-types.js';

/**
 * The ESF+ indicator tables, from the entry-sheet facts grouped by served.sql: every participant
 * counts once per table (employment: the long-term unemployed also within the unemployed), in the
 * total column and in their gender's column.
 */
const genderColumns: ReportColumn[] = [
  column('total', 'count', 'Σύνολο', 'Total'),
  ...genderKeys.map((g) => ({ key: g, kind: 'count' as const, label: genderLabels[g] ?? same(g) })),
];

const note: Localized = {
  el: 'Συμμετέχοντες που εξυπηρετήθηκαν για πρώτη φορά στην περίοδο· στοιχεία κατά την είσοδο (Απογραφικό Δελτίο Εισόδου).',
  en: 'Participants first served in the period; their situation at entry (ESF+ entry sheet).',
};

function same(text: string): Localized {
  return { el: text, en: text };
}

function indicatorSpec(id: string, title: Localized, dimension: Localized, extra?: ReportColumn[]) {
  return {
    id,
    group: 'indicators' as const,
    title,
    dimension,
    columns: [...genderColumns, ...(extra ?? [])],
    filtersApplied: allFilters,
    note,
  };
}

/** Builds one gender-split table from rows of one section of served.sql. */
function genderTable(
  spec: ReturnType<typeof indicatorSpec>,
  keys: readonly string[],
  labels: Record<string, Localized>,
  groups: ServedRow[],
  rowsOf: (group: ServedRow) => string[],
  total: Record<string, number>,
): ReportTable {
  const counts = new Map<string, Record<string, number>>();
  for (const group of groups) {
    const n = toNumber(group.n);
    for (const key of rowsOf(group)) {
      addTo(counts, key, 'total', n);
      addTo(counts, key, genderKey(group.gender), n);
    }
  }
  const rows = keys.map((key) =>
    row(key, labels[key] ?? same(key), valuesOf(counts, key, spec.columns), true),
  );
  return table(spec, rows, row('total', totalLabel, total));
}

export function buildIndicatorTables(served: ServedRow[]): ReportTable[] {
  const section = (name: string) => served.filter((r) => r.section === name);
  const totals: Record<string, number> = Object.fromEntries(genderColumns.map((c) => [c.key, 0]));
  for (const group of section('entered')) {
    const n = toNumber(group.n);
    totals.total = (totals.total ?? 0) + n;
    const g = genderKey(group.gender);
    totals[g] = (totals[g] ?? 0) + n;
  }
  const participants = table(
    indicatorSpec(
      'esf_participants',
      { el: 'Συμμετέχοντες ΕΚΤ+', en: 'ESF+ participants' },
      { el: 'Συμμετέχοντες', en: 'Participants' },
    ),
    [row('participants', { el: 'Συμμετέχοντες', en: 'Participants' }, { ...totals }, true)],
    null,
  );
  return [
    participants,
    genderTable(
      indicatorSpec(
        'esf_by_age_band',
        { el: 'Συμμετέχοντες ανά ηλικία', en: 'Participants by age' },
        { el: 'Ηλικία κατά την είσοδο', en: 'Age at entry' },
      ),
      ageBands,
      ageBandLabels,
      section('age'),
      (g) => [ageBand(g.key === null ? null : Number(g.key))],
      totals,
    ),
    genderTable(
      indicatorSpec(
        'esf_by_employment',
        { el: 'Συμμετέχοντες ανά κατάσταση απασχόλησης', en: 'Participants by labour status' },
        { el: 'Κατάσταση κατά την είσοδο', en: 'Status at entry' },
      ),
      employmentGroups,
      employmentGroupLabels,
      section('employment'),
      (g) => employmentGroupsOf(g.key),
      totals,
    ),
    genderTable(
      indicatorSpec(
        'esf_by_education',
        { el: 'Συμμετέχοντες ανά εκπαίδευση', en: 'Participants by education' },
        { el: 'Επίπεδο ISCED', en: 'ISCED level' },
      ),
      educationBands,
      educationBandLabels,
      section('education'),
      (g) => [educationBand(g.key === null ? null : Number(g.key))],
      totals,
    ),
    buildVulnerableTable(served),
  ];
}

/**
 * Disadvantaged groups: the gender columns count the participants in the group ('yes'); the last
 * two count those who preferred not to say and those with no answer (never guessed).
 */
function buildVulnerableTable(served: ServedRow[]): ReportTable {
  const spec = indicatorSpec(
    'esf_vulnerable',
    { el: 'Ευάλωτες ομάδες', en: 'Disadvantaged groups' },
    { el: 'Ομάδα', en: 'Group' },
    [
      column('prefer_not_to_say', 'count', 'Προτίμησαν να μην απαντήσουν', 'Preferred not to say'),
      column('not_known', 'count', 'Χωρίς απάντηση', 'Not known'),
    ],
  );
  const counts = new Map<string, Record<string, number>>();
  for (const group of vulnerableGroups) {
    for (const r of served.filter((s) => s.section === `esf:${group.question}`)) {
      const facts = factsOfAnswer(group.question, r);
      const answer = vulnerableAnswer(group.key, facts);
      const n = toNumber(r.n);
      if (answer === 'yes') {
        addTo(counts, group.key, 'total', n);
        addTo(counts, group.key, genderKey(r.gender), n);
      } else if (answer === 'prefer_not_to_say') addTo(counts, group.key, 'prefer_not_to_say', n);
      else if (answer === 'unknown') addTo(counts, group.key, 'not_known', n);
    }
  }
  const rows = vulnerableGroups.map((g) =>
    row(
      g.key,
      vulnerableGroupLabels[g.key] ?? same(g.key),
      valuesOf(counts, g.key, spec.columns),
      true,
    ),
  );
  return table(spec, rows, null);
}

function factsOfAnswer(
  question: string,
  r: ServedRow,
): Pick<ParticipantFacts, 'esf' | 'disabilityPercent' | 'nationality'> {
  return {
    esf: r.key === null ? {} : { [question]: r.key },
    disabilityPercent: question === 'disability' && r.detail !== null ? Number(r.detail) : null,
    nationality: question === 'thirdCountryNational' ? r.detail : null,
  };
}

/** Whether one participant falls in a row of an indicator table (the drill's filter). */
export function participantInRow(tableId: string, rowKey: string, f: ParticipantFacts): boolean {
  switch (tableId) {
    case 'esf_participants':
      return rowKey === 'participants';
    case 'esf_by_age_band':
      return ageBand(f.ageAtEntry) === rowKey;
    case 'esf_by_employment':
      return (employmentGroupsOf(f.employmentStatus) as string[]).includes(rowKey);
    case 'esf_by_education':
      return educationBand(f.educationLevel) === rowKey;
    case 'esf_vulnerable': {
      const group = vulnerableGroups.find((g) => g.key === rowKey);
      return group !== undefined && vulnerableAnswer(group.key, f) === 'yes';
    }
    default:
      return false;
  }
}

/** The rows an indicator table has (the drill-down refuses any other key). */
export function indicatorRowKeys(tableId: string): readonly string[] {
  switch (tableId) {
    case 'esf_participants':
      return ['participants'];
    case 'esf_by_age_band':
      return ageBands;
    case 'esf_by_employment':
      return employmentGroups;
    case 'esf_by_education':
      return educationBands;
    case 'esf_vulnerable':
      return vulnerableGroups.map((g) => g.key);
    default:
      return [];
  }
}

export const indicatorTableIds = [
  'esf_participants',
  'esf_by_age_band',
  'esf_by_employment',
  'esf_by_education',
  'esf_vulnerable',
];
