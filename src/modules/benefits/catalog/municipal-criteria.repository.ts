import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { BenefitProgramCriteriaTable } from './catalog.tables.js';
import {
  defaultMunicipalCriteria,
  municipalProgramCodes,
  type MunicipalCriteria,
  type MunicipalProgramCode,
} from './municipal-criteria.js';

export type CriteriaRow = Selectable<BenefitProgramCriteriaTable>;
type CriteriaValues = Omit<
  Insertable<BenefitProgramCriteriaTable>,
  'center_id' | 'program' | 'version' | 'updated_at'
>;

export function listCriteria(db: Db, centerId: string): Promise<CriteriaRow[]> {
  return db
    .selectFrom('benefit_program_criteria')
    .selectAll()
    .where('center_id', '=', centerId)
    .execute();
}

export function findCriteria(
  db: Db,
  centerId: string,
  program: MunicipalProgramCode,
): Promise<CriteriaRow | undefined> {
  return db
    .selectFrom('benefit_program_criteria')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('program', '=', program)
    .executeTakeFirst();
}

/** The first save of a program (version 1); undefined when someone saved it meanwhile. */
export function insertCriteria(
  db: Db,
  centerId: string,
  program: MunicipalProgramCode,
  values: CriteriaValues,
): Promise<CriteriaRow | undefined> {
  return db
    .insertInto('benefit_program_criteria')
    .values({ ...values, center_id: centerId, program, version: 1 })
    .onConflict((oc) => oc.columns(['center_id', 'program']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Updates from the version the caller read; undefined when it changed meanwhile. */
export function updateCriteria(
  db: Db,
  centerId: string,
  program: MunicipalProgramCode,
  version: number,
  values: CriteriaValues,
): Promise<CriteriaRow | undefined> {
  return db
    .updateTable('benefit_program_criteria')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('center_id', '=', centerId)
    .where('program', '=', program)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/**
 * The criteria every municipal program uses at this Center: its own where set, else the example
 * defaults (version 0). The screening reads this and stores the copy it used with the screening.
 */
export async function loadMunicipalCriteria(
  db: Db,
  centerId: string,
): Promise<Record<MunicipalProgramCode, MunicipalCriteria>> {
  const rows = new Map((await listCriteria(db, centerId)).map((row) => [row.program, row]));
  return Object.fromEntries(
    municipalProgramCodes.map((code) => {
      const row = rows.get(code);
      return [code, row ? toCriteria(row) : { ...defaultMunicipalCriteria[code] }];
    }),
  ) as Record<MunicipalProgramCode, MunicipalCriteria>;
}

export function toCriteria(row: CriteriaRow): MunicipalCriteria {
  return {
    incomeLimitBase: row.income_limit_base === null ? null : Number(row.income_limit_base),
    incomeLimitPerDependant: Number(row.income_limit_per_dependant),
    disabilityBonus: Number(row.disability_bonus),
    minAge: row.min_age,
    requiresResidence: row.requires_residence,
    active: row.active,
    version: row.version,
  };
}
