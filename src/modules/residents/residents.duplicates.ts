import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import { splitWords } from '../../lib/greek-text.js';
import { wordKeys } from './name-keys.js';
import { presentSummary } from './residents.presenter.js';
import {
  findNameCandidates,
  findResidentByIdentifier,
  type ResidentRow,
} from './residents.repository.js';
import type { ResidentValues } from './residents.validation.js';

const IDENTIFIERS = [
  { column: 'amka', field: 'body.amka' },
  { column: 'afm', field: 'body.afm' },
] as const;

function duplicateError(field: string, existingId: string): AppError {
  return new AppError('duplicate_resident', {
    fieldErrors: [{ field, rule: 'duplicate_value' }],
    extensions: { existingId },
  });
}

/** Same ΑΜΚΑ or ΑΦΜ in the Center: the person is already registered (a merged file points on). */
export async function refuseDuplicateIdentifiers(
  db: Db,
  centerId: string,
  values: ResidentValues,
  selfId: string | null,
): Promise<void> {
  for (const { column, field } of IDENTIFIERS) {
    const value = values[column];
    if (value === null) continue;
    const existing = await findResidentByIdentifier(db, centerId, column, value);
    if (existing && existing.id !== selfId) {
      throw duplicateError(field, existing.merged_into ?? existing.id);
    }
  }
}

/**
 * A concurrent registration can pass the check above and still hit the unique constraint:
 * the violation is answered exactly like the check. Returns null for other errors.
 */
export async function toDuplicateError(
  db: Db,
  centerId: string,
  values: ResidentValues,
  error: unknown,
): Promise<AppError | null> {
  const pgError = error as { code?: string; constraint?: string };
  if (pgError.code !== '23505') return null;
  for (const { column, field } of IDENTIFIERS) {
    const value = values[column];
    if (value === null || pgError.constraint !== `residents_center_id_${column}_key`) continue;
    const existing = await findResidentByIdentifier(db, centerId, column, value);
    if (existing) return duplicateError(field, existing.merged_into ?? existing.id);
  }
  return null;
}

function keysOf(text: string | null): Set<string> {
  return new Set(splitWords(text ?? '').flatMap((word) => wordKeys(word)));
}

/**
 * A similar name (same surname and given name keys, or trigram ≥ 0.6 with the same birth
 * date) plus the same birth date or father's name: probably the same person, so the clerk
 * must look before creating a second file.
 */
export async function warnPossibleDuplicates(
  db: Db,
  centerId: string,
  values: ResidentValues,
  selfId: string | null,
): Promise<void> {
  const nameKeys = [...splitWords(values.surname), ...splitWords(values.given_name)]
    .map((word) => wordKeys(word)[0])
    .filter((key): key is string => key !== undefined);
  const candidates = await findNameCandidates(db, centerId, {
    nameKeys,
    text: values.search_text,
    birthDate: values.birth_date,
    excludeId: selfId,
  });
  const fatherKeys = keysOf(values.father_name);
  const sameFather = (row: ResidentRow) =>
    fatherKeys.size > 0 && [...keysOf(row.father_name)].some((key) => fatherKeys.has(key));
  const matches = candidates.filter(
    (row) =>
      (values.birth_date !== null && row.birth_date === values.birth_date) || sameFather(row),
  );
  if (matches.length === 0) return;
  throw new AppError('possible_duplicates', {
    extensions: { candidates: matches.slice(0, 10).map((row) => presentSummary(row, 'name', 1)) },
  });
}
