import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';

export async function selectResidentRecord(
  db: Db,
  centerId: string,
  residentId: string,
  options: { lock?: boolean } = {},
): Promise<Record<string, unknown> | undefined> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT * FROM residents WHERE center_id = ${centerId} AND id = ${residentId}
    ${options.lock ? sql`FOR UPDATE` : sql``}`.execute(db);
  return rows[0];
}

export function findCenterName(db: Db, centerId: string) {
  return db
    .selectFrom('centers')
    .select(['id', 'slug', 'name_el as name'])
    .where('id', '=', centerId)
    .executeTakeFirstOrThrow();
}

/**
 * The audit entries about a resident: reads and changes of their file (entity `resident`) and
 * events on things of theirs that name them in `details.residentId` (e.g. document downloads).
 */
export function listAuditAboutResident(db: Db, centerId: string, residentId: string) {
  return db
    .selectFrom('audit_log')
    .leftJoin('staff', (join) =>
      join
        .onRef('staff.center_id', '=', 'audit_log.center_id')
        .onRef('staff.id', '=', 'audit_log.actor_id'),
    )
    .select([
      'audit_log.at',
      'staff.display_name as actor_name',
      'audit_log.actor_role',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.record_id',
      'audit_log.reason',
    ])
    .where('audit_log.center_id', '=', centerId)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('audit_log.entity', '=', 'resident'),
          eb('audit_log.record_id', '=', residentId),
        ]),
        eb(sql`audit_log.details ->> 'residentId'`, '=', residentId),
      ]),
    )
    .orderBy('audit_log.seq')
    .execute();
}
