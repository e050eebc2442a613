import type { Db } from '../../db/connection.js';
import { AppError, type FieldError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  findFinances,
  insertFinances,
  listIncomes,
  replaceIncomes,
  updateFinances,
} from './household-finances.repository.js';
import { presentFinances } from './households.presenter.js';
import { findHousehold, listMembers } from './households.repository.js';
import type { FinancesView, PutFinancesBody } from './households.schemas.js';

export async function readFinances(
  db: Db,
  actor: Actor,
  householdId: string,
  taxYear: number,
): Promise<FinancesView> {
  return db.transaction().execute(async (trx) => {
    if (!(await findHousehold(trx, actor.centerId, householdId))) throw new AppError('not_found');
    const finances = await findFinances(trx, actor.centerId, householdId, taxYear);
    const incomes = await listIncomes(trx, actor.centerId, householdId, taxYear);
    await recordAudit(trx, actor, {
      action: 'household.finances.read',
      entity: 'household',
      recordId: householdId,
      details: { taxYear },
    });
    return presentFinances(taxYear, finances, incomes);
  });
}

/** Replaces a tax year's finances as a whole; `version` 0 creates the year's first record. */
export async function saveFinances(
  db: Db,
  actor: Actor,
  householdId: string,
  taxYear: number,
  input: PutFinancesBody,
): Promise<FinancesView> {
  return db.transaction().execute(async (trx) => {
    if (!(await findHousehold(trx, actor.centerId, householdId, { lock: true }))) {
      throw new AppError('not_found');
    }
    const members = await listMembers(trx, actor.centerId, [householdId]);
    assertIncomesOfMembers(input.incomes, new Set(members.map((m) => m.id)));
    const values = {
      real_estate_value: input.realEstateValue,
      deposits: input.deposits,
      vehicles_value: input.vehiclesValue,
      rent_paid: input.rentPaid,
      notes: input.notes ?? null,
    };
    const key = { centerId: actor.centerId, householdId, taxYear };
    const saved =
      input.version === 0
        ? await insertFinances(trx, {
            center_id: actor.centerId,
            household_id: householdId,
            tax_year: taxYear,
            ...values,
          })
        : await updateFinances(trx, { ...key, version: input.version }, values);
    if (!saved) throw new AppError('stale_record');
    await replaceIncomes(trx, key, input.incomes);
    await recordAudit(trx, actor, {
      action: 'household.finances.save',
      entity: 'household',
      recordId: householdId,
      details: { taxYear, version: saved.version },
    });
    return presentFinances(
      taxYear,
      saved,
      await listIncomes(trx, actor.centerId, householdId, taxYear),
    );
  });
}

/** Each income belongs to a member of this household, once per member and type. */
function assertIncomesOfMembers(incomes: PutFinancesBody['incomes'], memberIds: Set<string>) {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  incomes.forEach((income, index) => {
    const key = `${income.memberId}:${income.type}`;
    if (!memberIds.has(income.memberId)) {
      errors.push({ field: `body.incomes.${index}.memberId`, rule: 'not_a_member' });
    } else if (seen.has(key)) {
      errors.push({ field: `body.incomes.${index}.type`, rule: 'duplicate_value' });
    }
    seen.add(key);
  });
  if (errors.some((e) => e.rule === 'not_a_member')) {
    throw new AppError('invalid_household', { fieldErrors: errors });
  }
  if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
}
