import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { findResidentById } from '../residents/residents.repository.js';
import { assertPlausibleDates } from './household-dates.js';
import { addMemberRecord } from './household-members.service.js';
import { householdView } from './household-view.js';
import { withMembershipGuards } from './membership-conflicts.js';
import { presentHousehold } from './households.presenter.js';
import {
  centerToday,
  findHousehold,
  insertHousehold,
  listHouseholdIdsOfResident,
  listHouseholdsByIds,
  listMembers,
} from './households.repository.js';
import type { CreateHouseholdBody, HouseholdView } from './households.schemas.js';

/** A household starts with its reference person (υπεύθυνος νοικοκυριού), a registered resident. */
export async function createHousehold(
  db: Db,
  actor: Actor,
  input: CreateHouseholdBody,
): Promise<HouseholdView> {
  const create = () =>
    db.transaction().execute(async (trx) => {
      const today = await centerToday(trx, actor.centerId);
      const startDate = input.startDate ?? today;
      assertPlausibleDates([{ field: 'body.startDate', value: startDate }], today);
      if (!(await findResidentById(trx, actor.centerId, input.referenceResidentId))) {
        throw new AppError('not_found', { field: 'body.referenceResidentId' });
      }
      const household = await insertHousehold(trx, actor.centerId);
      await recordAudit(trx, actor, {
        action: 'household.create',
        entity: 'household',
        recordId: household.id,
      });
      const added = await addMemberRecord(trx, actor, household, today, {
        residentId: input.referenceResidentId,
        relationship: 'reference',
        startDate,
        residentField: 'body.referenceResidentId',
      });
      return householdView(trx, actor.centerId, added);
    });
  return withMembershipGuards(create, 'body.referenceResidentId');
}

export async function readHousehold(db: Db, actor: Actor, id: string): Promise<HouseholdView> {
  return db.transaction().execute(async (trx) => {
    const household = await findHousehold(trx, actor.centerId, id);
    if (!household) throw new AppError('not_found');
    await recordAudit(trx, actor, { action: 'household.read', entity: 'household', recordId: id });
    return householdView(trx, actor.centerId, household);
  });
}

/** Every household the resident belongs or belonged to, the current one first. */
export async function listResidentHouseholds(
  db: Db,
  actor: Actor,
  residentId: string,
): Promise<HouseholdView[]> {
  return db.transaction().execute(async (trx) => {
    if (!(await findResidentById(trx, actor.centerId, residentId))) throw new AppError('not_found');
    const today = await centerToday(trx, actor.centerId);
    const ids = await listHouseholdIdsOfResident(trx, actor.centerId, residentId, today);
    const households = await listHouseholdsByIds(trx, actor.centerId, ids);
    const members = await listMembers(trx, actor.centerId, ids);
    await recordAudit(trx, actor, {
      action: 'household.read',
      entity: 'resident',
      recordId: residentId,
      details: { households: ids },
    });
    const byId = new Map(households.map((h) => [h.id, h]));
    return ids.flatMap((hid) => {
      const household = byId.get(hid);
      return household ? [presentHousehold(household, members)] : [];
    });
  });
}
