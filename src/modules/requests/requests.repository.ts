import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { RequestsTable } from './requests.tables.js';

export function insertRequest(db: Db, values: Insertable<RequestsTable>): Promise<{ id: string }> {
  return db.insertInto('requests').values(values).returning('id').executeTakeFirstOrThrow();
}

export interface RequestFilter {
  id?: string;
  residentId?: string;
  /** Calendar days in the Center's time zone, both inclusive. */
  from?: string;
  to?: string;
}

function filtered(db: Db, centerId: string, filter: RequestFilter) {
  // Days are the Center's days: a request at 00:30 Athens time belongs to that Athens day.
  const zone = sql`(SELECT timezone FROM centers WHERE id = ${centerId})`;
  let query = db.selectFrom('requests as q').where('q.center_id', '=', centerId);
  if (filter.id) query = query.where('q.id', '=', filter.id);
  if (filter.residentId) query = query.where('q.resident_id', '=', filter.residentId);
  if (filter.from) {
    query = query.where(
      'q.occurred_at',
      '>=',
      sql<Date>`(${filter.from}::date)::timestamp AT TIME ZONE ${zone}`,
    );
  }
  if (filter.to) {
    query = query.where(
      'q.occurred_at',
      '<',
      sql<Date>`(${filter.to}::date + 1)::timestamp AT TIME ZONE ${zone}`,
    );
  }
  return query;
}

export function listRequests(
  db: Db,
  centerId: string,
  filter: RequestFilter,
  page: { offset: number; limit: number },
) {
  return filtered(db, centerId, filter)
    .leftJoin('residents as r', (join) =>
      join.onRef('r.center_id', '=', 'q.center_id').onRef('r.id', '=', 'q.resident_id'),
    )
    .innerJoin('staff as s', (join) =>
      join.onRef('s.center_id', '=', 'q.center_id').onRef('s.id', '=', 'q.staff_id'),
    )
    .select([
      'q.id',
      'q.resident_id',
      sql<string | null>`r.surname || ' ' || r.given_name`.as('resident_name'),
      'q.occurred_at',
      'q.channel',
      'q.axis',
      'q.subject',
      'q.outcome',
      'q.duration_minutes',
      'q.notes',
      'q.staff_id',
      's.display_name as staff_name',
    ])
    .orderBy('q.occurred_at', 'desc')
    .orderBy('q.id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

export type RequestListRow = Awaited<ReturnType<typeof listRequests>>[number];

export async function countRequests(db: Db, centerId: string, filter: RequestFilter) {
  const row = await filtered(db, centerId, filter)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The Center's most used subjects of the last year, for the desk's suggestions. */
export async function topSubjects(db: Db, centerId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('requests')
    .select('subject')
    .where('center_id', '=', centerId)
    .where('occurred_at', '>=', sql<Date>`now() - interval '365 days'`)
    .groupBy('subject')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(sql`max(occurred_at)`, 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.subject);
}
