import type { Db } from '../../db/connection.js';
import { presentHousehold } from './households.presenter.js';
import { listMembers, type HouseholdRow } from './households.repository.js';
import type { HouseholdView } from './households.schemas.js';

export async function householdView(
  trx: Db,
  centerId: string,
  household: HouseholdRow,
): Promise<HouseholdView> {
  return presentHousehold(household, await listMembers(trx, centerId, [household.id]));
}
