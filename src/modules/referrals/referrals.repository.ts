import { sql, type ExpressionBuilder, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Database } from '../../db/types.js';
import type {
  ReferralStatus,
  ReferralStatusChangesTable,
  ReferralsTable,
} from './referrals.tables.js';

/** A referral with the names it is shown with (destination, resident, owner). */
export type ReferralRow = Awaited<ReturnType<typeof findReferral>> & object;

function selectReferrals(db: Db) {
  return db
    .selectFrom('referrals as f')
    .innerJoin('residents as r', (join) =>
      join.onRef('r.center_id', '=', 'f.center_id').onRef('r.id', '=', 'f.resident_id'),
    )
    .innerJoin('staff as o', (join) =>
      join.onRef('o.center_id', '=', 'f.center_id').onRef('o.id', '=', 'f.owner_id'),
    )
    .leftJoin('directory_services as s', 's.id', 'f.service_id')
    .leftJoin('directory_organizations as g', 'g.id', 'f.organization_id')
    .selectAll('f')
    .select([
      sql<string>`r.surname || ' ' || r.given_name`.as('resident_name'),
      'o.display_name as owner_name',
      'o.email as owner_email',
      's.name as service_name',
      'g.name as organization_name',
      sql<string>`f.due_on::text`.as('due_on_text'),
    ]);
}

export function findReferral(
  db: Db,
  centerId: string,
  id: string,
  options: { lock?: boolean } = {},
) {
  const query = selectReferrals(db).where('f.center_id', '=', centerId).where('f.id', '=', id);
  return (options.lock ? query.forUpdate('f') : query).executeTakeFirst();
}

export async function insertReferral(db: Db, values: Insertable<ReferralsTable>): Promise<string> {
  const row = await db
    .insertInto('referrals')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateReferral(
  db: Db,
  centerId: string,
  id: string,
  values: Updateable<ReferralsTable>,
): Promise<void> {
  await db
    .updateTable('referrals')
    .set({ ...values, updated_at: new Date() })
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .execute();
}

export async function insertStatusChange(
  db: Db,
  values: Insertable<ReferralStatusChangesTable>,
): Promise<void> {
  await db.insertInto('referral_status_changes').values(values).execute();
}

export function listStatusChanges(db: Db, centerId: string, referralId: string) {
  return db
    .selectFrom('referral_status_changes as c')
    .leftJoin('staff as s', (join) =>
      join.onRef('s.center_id', '=', 'c.center_id').onRef('s.id', '=', 'c.actor_id'),
    )
    .select([
      'c.at',
      'c.from_status',
      'c.to_status',
      'c.reason',
      'c.note',
      'c.actor_kind',
      's.display_name as actor_name',
    ])
    .where('c.center_id', '=', centerId)
    .where('c.referral_id', '=', referralId)
    .orderBy('c.at')
    .orderBy('c.id')
    .execute();
}

/** Who the staff list is for: what a case worker may see (see referral-access.ts). */
export interface ReferralListFilter {
  /** Null for roles that see every referral of the Center (the coordinator). */
  visibleTo: string | null;
  ownerId?: string;
  status?: ReferralStatus;
  overdueOn?: string;
  residentId?: string;
  caseId?: string;
  /** Partner accounts: only the referrals sent to this organization. */
  organizationId?: string;
}

/**
 * A referral is visible to its owner and creator, to whoever may see its case, and — when it
 * comes from the resident file rather than a case — to every case worker (they see the file).
 */
export function visibleReferral(staffId: string) {
  return (eb: ExpressionBuilder<Database & { f: ReferralsTable }, 'f'>) =>
    eb.or([
      eb('f.owner_id', '=', staffId),
      eb('f.created_by', '=', staffId),
      eb('f.case_id', 'is', null),
      eb.exists(
        eb
          .selectFrom('cases as c')
          .select('c.id')
          .whereRef('c.center_id', '=', 'f.center_id')
          .whereRef('c.id', '=', 'f.case_id')
          .where((inner) =>
            inner.or([
              inner('c.assigned_worker_id', '=', staffId),
              inner.exists(
                inner
                  .selectFrom('case_team as t')
                  .select('t.staff_id')
                  .whereRef('t.center_id', '=', 'c.center_id')
                  .whereRef('t.case_id', '=', 'c.id')
                  .where('t.staff_id', '=', staffId),
              ),
            ]),
          ),
      ),
    ]);
}

export function listReferrals(db: Db, centerId: string, filter: ReferralListFilter, limit = 500) {
  let query = selectReferrals(db).where('f.center_id', '=', centerId);
  if (filter.visibleTo) query = query.where(visibleReferral(filter.visibleTo));
  if (filter.ownerId) query = query.where('f.owner_id', '=', filter.ownerId);
  if (filter.status) query = query.where('f.status', '=', filter.status);
  if (filter.residentId) query = query.where('f.resident_id', '=', filter.residentId);
  if (filter.caseId) query = query.where('f.case_id', '=', filter.caseId);
  if (filter.organizationId) query = query.where('f.organization_id', '=', filter.organizationId);
  if (filter.overdueOn) {
    query = query
      .where('f.closed_at', 'is', null)
      .where(sql<boolean>`f.due_on < ${filter.overdueOn}::date`);
  }
  return query.orderBy('f.created_at', 'desc').limit(limit).execute();
}

/** Whether a staff member may see this referral under the visibility rule above. */
export async function isReferralVisibleTo(
  db: Db,
  centerId: string,
  id: string,
  staffId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('referrals as f')
    .select('f.id')
    .where('f.center_id', '=', centerId)
    .where('f.id', '=', id)
    .where(visibleReferral(staffId))
    .executeTakeFirst();
  return !!row;
}

/** Revokes the partner links sent so far; returns the generation the next link is signed for. */
export async function bumpLinkGeneration(db: Db, centerId: string, id: string): Promise<number> {
  const row = await db
    .updateTable('referrals')
    .set((eb) => ({ link_generation: eb('link_generation', '+', 1), updated_at: new Date() }))
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .returning('link_generation')
    .executeTakeFirstOrThrow();
  return row.link_generation;
}
