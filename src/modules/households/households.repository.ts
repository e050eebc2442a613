import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { HouseholdMembersTable, HouseholdsTable } from './households.tables.js';

export type HouseholdRow = Selectable<HouseholdsTable>;

/** A member with the name, birth date and gender from the resident's file when registered. */
export interface MemberRow {
  id: string;
  household_id: string;
  resident_id: string | null;
  surname: string;
  given_name: string;
  birth_date: string | null;
  gender: 'male' | 'female' | 'other' | null;
  relationship: Selectable<HouseholdMembersTable>['relationship'];
  start_date: string;
  end_date: string | null;
  /** From the member's resident file; unknown (null) for minimal member records. */
  disability_percent: number | null;
  employment_status: string | null;
}

/** Today in the Center's time zone: memberships begin and end on the Center's calendar days. */
export async function centerToday(db: Db, centerId: string): Promise<string> {
  const row = await db
    .selectFrom('centers')
    .select(sql<string>`(now() AT TIME ZONE timezone)::date::text`.as('today'))
    .where('id', '=', centerId)
    .executeTakeFirstOrThrow();
  return row.today;
}

export function insertHousehold(db: Db, centerId: string): Promise<HouseholdRow> {
  return db
    .insertInto('households')
    .values({ center_id: centerId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findHousehold(
  db: Db,
  centerId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<HouseholdRow | undefined> {
  const query = db
    .selectFrom('households')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', '=', id);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Bumps the version, only from the one the caller read (optimistic concurrency). */
export function bumpHouseholdVersion(
  db: Db,
  centerId: string,
  id: string,
  expectedVersion: number,
): Promise<HouseholdRow | undefined> {
  return db
    .updateTable('households')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export function listMembers(
  db: Db,
  centerId: string,
  householdIds: string[],
): Promise<MemberRow[]> {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('household_members as m')
    .leftJoin('residents as r', (join) =>
      join.onRef('r.center_id', '=', 'm.center_id').onRef('r.id', '=', 'm.resident_id'),
    )
    .select([
      'm.id',
      'm.household_id',
      'm.resident_id',
      sql<string>`coalesce(r.surname, m.surname)`.as('surname'),
      sql<string>`coalesce(r.given_name, m.given_name)`.as('given_name'),
      sql<string | null>`coalesce(r.birth_date, m.birth_date)::text`.as('birth_date'),
      sql<MemberRow['gender']>`coalesce(r.gender, m.gender)`.as('gender'),
      'm.relationship',
      'm.start_date',
      'm.end_date',
      'r.disability_percent',
      'r.employment_status',
    ])
    .where('m.center_id', '=', centerId)
    .where('m.household_id', 'in', householdIds)
    .orderBy(sql`m.end_date IS NULL`, 'desc')
    .orderBy('m.start_date')
    .orderBy('m.created_at')
    .execute();
}

export function insertMember(
  db: Db,
  values: Insertable<HouseholdMembersTable>,
): Promise<{ id: string }> {
  return db
    .insertInto('household_members')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updateMember(
  db: Db,
  centerId: string,
  id: string,
  values: Updateable<HouseholdMembersTable>,
): Promise<void> {
  return db
    .updateTable('household_members')
    .set({ ...values, updated_at: new Date() })
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .execute()
    .then(() => undefined);
}

/** Memberships of a resident in any household that are not over by `day`. */
export function findMembershipsNotOverBy(
  db: Db,
  centerId: string,
  residentId: string,
  day: string,
): Promise<{ id: string; household_id: string; start_date: string }[]> {
  return db
    .selectFrom('household_members')
    .select(['id', 'household_id', 'start_date'])
    .where('center_id', '=', centerId)
    .where('resident_id', '=', residentId)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', day)]))
    .execute();
}

/** Households the resident was ever a member of, the current membership first. */
export async function listHouseholdIdsOfResident(
  db: Db,
  centerId: string,
  residentId: string,
  today: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('household_members')
    .select('household_id')
    .select(sql<boolean>`bool_or(end_date IS NULL OR end_date > ${today}::date)`.as('current'))
    .select(sql<string>`max(start_date)::text`.as('latest_start'))
    .where('center_id', '=', centerId)
    .where('resident_id', '=', residentId)
    .groupBy('household_id')
    .orderBy('current', 'desc')
    .orderBy('latest_start', 'desc')
    .execute();
  return rows.map((row) => row.household_id);
}

export function listHouseholdsByIds(
  db: Db,
  centerId: string,
  ids: string[],
): Promise<HouseholdRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('households')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('id', 'in', ids)
    .execute();
}
