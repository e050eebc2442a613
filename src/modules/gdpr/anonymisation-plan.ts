import type { ColumnInfo } from './resident-tables.repository.js';

export const ANONYMOUS_NAME = 'Ανωνυμοποιημένος';

/**
 * What statistics need and may keep (ESF+ indicators, DESIGN.md §1 reports): gender, birth year,
 * nationality, employment, marital status, education, disability degree and the ESF answers.
 * Everything else of `residents` is erased — deny by default, so a column added later by any
 * module (a phone, an id number, a search key) is erased without this list knowing it.
 */
const keptColumns = new Set([
  'center_id',
  'id',
  'gender',
  'nationality',
  'employment_status',
  'marital_status',
  'education_level',
  'disability_percent',
  'merged_into',
  'version',
  'anonymised_at',
  'created_at',
  'updated_at',
]);

export type Assignment = { kind: 'null' } | { kind: 'default' } | { kind: 'value'; value: string };

/** The changes that anonymise one resident's row, given the table's columns and birth date. */
export function planResidentErasure(
  columns: ColumnInfo[],
  birthDate: string | null,
): Map<string, Assignment> {
  const plan = new Map<string, Assignment>();
  for (const column of columns) {
    const name = column.name;
    if (column.generated || keptColumns.has(name) || name.startsWith('esf')) continue;
    if (name === 'birth_date') {
      // The year stays for age groups; mid-year keeps any age computed from it within ±6 months.
      plan.set(
        name,
        birthDate ? { kind: 'value', value: `${birthDate.slice(0, 4)}-07-01` } : { kind: 'null' },
      );
    } else if (name === 'surname' || name === 'given_name') {
      plan.set(name, { kind: 'value', value: ANONYMOUS_NAME });
    } else if (column.nullable) {
      plan.set(name, { kind: 'null' });
    } else if (column.hasDefault) {
      plan.set(name, { kind: 'default' });
    } else if (['text', 'character varying'].includes(column.dataType)) {
      plan.set(name, { kind: 'value', value: ANONYMOUS_NAME });
    }
  }
  return plan;
}

/** Free-text columns of other resident tables that are cleared: they are written about a person. */
export const freeTextColumns = new Set([
  'notes',
  'free_text',
  'description',
  // Referrals (src/modules/referrals): why a person was referred and what was said about it.
  'reason',
  'status_note',
  'outcome_note',
  'consent_override_reason',
]);

/** Tables of a resident's past values (rectification history): deleted, they hold only identity. */
export function isHistoryTable(name: string): boolean {
  return /_(history|versions)$/.test(name);
}
