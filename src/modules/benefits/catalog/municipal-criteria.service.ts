import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { CriteriaBody, CriteriaView } from './catalog.schemas.js';
import {
  defaultMunicipalCriteria,
  isMunicipalProgram,
  type MunicipalProgramCode,
} from './municipal-criteria.js';
import {
  findCriteria,
  insertCriteria,
  toCriteria,
  updateCriteria,
  type CriteriaRow,
} from './municipal-criteria.repository.js';

export async function readProgramCriteria(db: Db, actor: Actor, code: string) {
  const program = programOf(code);
  const row = await findCriteria(db, actor.centerId, program);
  return present(program, row);
}

export async function saveProgramCriteria(
  db: Db,
  actor: Actor,
  code: string,
  input: CriteriaBody,
): Promise<CriteriaView> {
  const program = programOf(code);
  return db.transaction().execute(async (trx) => {
    const values = {
      income_limit_base: input.incomeLimitBase,
      income_limit_per_dependant: input.incomeLimitPerDependant,
      disability_bonus: input.disabilityBonus,
      min_age: input.minAge,
      requires_residence: input.requiresResidence,
      active: input.active,
      updated_by: actor.staffId,
    };
    // Version 0 is the defaults the caller saw: the first save inserts, later ones update.
    const row =
      input.version === 0
        ? await insertCriteria(trx, actor.centerId, program, values)
        : await updateCriteria(trx, actor.centerId, program, input.version, values);
    if (!row) throw new AppError('stale_record');
    const { version: _version, ...criteria } = input;
    await recordAudit(trx, actor, {
      action: 'benefits.program_criteria.update',
      entity: 'benefit_program',
      details: { program, ...criteria, version: row.version },
    });
    return present(program, row);
  });
}

function programOf(code: string): MunicipalProgramCode {
  if (!isMunicipalProgram(code)) throw new AppError('not_found');
  return code;
}

function present(program: MunicipalProgramCode, row: CriteriaRow | undefined): CriteriaView {
  return {
    program,
    ...(row ? toCriteria(row) : defaultMunicipalCriteria[program]),
    isExample: !row,
    updatedAt: row?.updated_at.toISOString() ?? null,
  };
}
