import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { CentersTable } from '../../db/types.js';

export type CenterRow = Selectable<CentersTable>;
export type CenterValues = Omit<Insertable<CentersTable>, 'id' | 'created_at' | 'updated_at'>;

export function findCenterById(db: Db, id: string): Promise<CenterRow | undefined> {
  return db.selectFrom('centers').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCenterBySlug(db: Db, slug: string): Promise<CenterRow | undefined> {
  return db.selectFrom('centers').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** The deployment's first Center: the one served when a request names none. */
export function findFirstCenter(db: Db): Promise<CenterRow | undefined> {
  return db.selectFrom('centers').selectAll().orderBy('created_at').limit(1).executeTakeFirst();
}

export async function countCenters(db: Db): Promise<number> {
  const row = await db
    .selectFrom('centers')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertCenter(db: Db, values: CenterValues): Promise<CenterRow> {
  return db.insertInto('centers').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateCenter(
  db: Db,
  id: string,
  values: Omit<CenterValues, 'slug'>,
): Promise<CenterRow> {
  return db
    .updateTable('centers')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
