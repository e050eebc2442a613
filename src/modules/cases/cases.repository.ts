import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Role } from '../../db/types.js';
import type { CaseGoalsTable, CasesTable } from './cases.tables.js';
import type { CaseStatus } from './cases.vocabulary.js';

export type CaseRow = Selectable<CasesTable>;
export type GoalRow = Selectable<CaseGoalsTable>;

export function insertCase(db: Db, values: Insertable<CasesTable>): Promise<CaseRow> {
  return db.insertInto('cases').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findCase(
  db: Db,
  centerId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<CaseRow | undefined> {
  const query = db
    .selectFrom('cases')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Updates from the version the caller read and bumps it; undefined when it changed meanwhile. */
export function updateCase(
  db: Db,
  centerId: string,
  id: string,
  version: number,
  values: Updateable<CasesTable>,
): Promise<CaseRow | undefined> {
  return db
    .updateTable('cases')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function listTeamIds(db: Db, centerId: string, caseId: string): Promise<string[]> {
  return db
    .selectFrom('case_team')
    .select('staff_id')
    .where('center_id', '=', centerId)
    .where('case_id', '=', caseId)
    .execute()
    .then((rows) => rows.map((r) => r.staff_id));
}

export async function replaceTeam(
  db: Db,
  centerId: string,
  caseId: string,
  staffIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('case_team')
    .where('center_id', '=', centerId)
    .where('case_id', '=', caseId)
    .execute();
  if (staffIds.length === 0) return;
  await db
    .insertInto('case_team')
    .values(
      staffIds.map((staffId) => ({ center_id: centerId, case_id: caseId, staff_id: staffId })),
    )
    .execute();
}

export function listGoals(db: Db, centerId: string, caseId: string): Promise<GoalRow[]> {
  return db
    .selectFrom('case_goals')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('case_id', '=', caseId)
    .orderBy('position')
    .execute();
}

export async function replaceGoals(
  db: Db,
  centerId: string,
  caseId: string,
  goals: Omit<Insertable<CaseGoalsTable>, 'center_id' | 'case_id' | 'position'>[],
): Promise<void> {
  await db
    .deleteFrom('case_goals')
    .where('center_id', '=', centerId)
    .where('case_id', '=', caseId)
    .execute();
  if (goals.length === 0) return;
  await db
    .insertInto('case_goals')
    .values(
      goals.map((goal, position) => ({ ...goal, center_id: centerId, case_id: caseId, position })),
    )
    .execute();
}

export function findStaffMembers(
  db: Db,
  centerId: string,
  ids: readonly string[],
): Promise<{ id: string; display_name: string; role: Role; status: 'active' | 'disabled' }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('staff')
    .select(['id', 'display_name', 'role', 'status'])
    .where('center_id', '=', centerId)
    .where('id', 'in', [...ids])
    .execute();
}

export interface CaseListFilter {
  residentId?: string;
  status?: CaseStatus;
  /** Only cases this staff member carries or is on the team of. */
  teamOf?: string;
}

export function listCases(db: Db, centerId: string, filter: CaseListFilter) {
  let query = db
    .selectFrom('cases as c')
    .innerJoin('residents as r', (join) =>
      join.onRef('r.center_id', '=', 'c.center_id').onRef('r.id', '=', 'c.resident_id'),
    )
    .leftJoin('staff as s', (join) =>
      join.onRef('s.center_id', '=', 'c.center_id').onRef('s.id', '=', 'c.assigned_worker_id'),
    )
    .select([
      'c.id',
      'c.resident_id',
      sql<string>`r.surname || ' ' || r.given_name`.as('resident_name'),
      'c.topics',
      'c.status',
      'c.assigned_worker_id',
      's.display_name as assigned_worker_name',
      'c.opened_at',
      sql<string | null>`c.plan_review_date::text`.as('next_review_date'),
    ])
    .where('c.center_id', '=', centerId);
  if (filter.residentId) query = query.where('c.resident_id', '=', filter.residentId);
  if (filter.status) query = query.where('c.status', '=', filter.status);
  const teamOf = filter.teamOf;
  if (teamOf) {
    query = query.where((eb) =>
      eb.or([
        eb('c.assigned_worker_id', '=', teamOf),
        eb.exists(
          eb
            .selectFrom('case_team as t')
            .select('t.staff_id')
            .whereRef('t.center_id', '=', 'c.center_id')
            .whereRef('t.case_id', '=', 'c.id')
            .where('t.staff_id', '=', teamOf),
        ),
      ]),
    );
  }
  return query.orderBy('c.opened_at', 'desc').limit(500).execute();
}
