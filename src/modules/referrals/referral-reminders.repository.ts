import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';

export interface OverdueReferral {
  center_id: string;
  id: string;
  owner_id: string;
  owner_email: string | null;
  due_on: string;
  service_name: string | null;
  organization_name: string | null;
  external_organization: string | null;
}

/**
 * Open referrals past their due day that were not reminded yet today (days in each Center's own
 * zone), locked so that two workers never remind twice; rows another worker holds are skipped.
 */
export async function claimOverdueReferrals(
  db: Db,
  now: Date,
  limit = 500,
): Promise<OverdueReferral[]> {
  const { rows } = await sql<OverdueReferral>`
    SELECT f.center_id, f.id, f.owner_id, o.email AS owner_email, f.due_on::text AS due_on,
           s.name AS service_name, g.name AS organization_name, f.external_organization
    FROM referrals f
    JOIN centers c ON c.id = f.center_id
    JOIN staff o ON o.center_id = f.center_id AND o.id = f.owner_id
    LEFT JOIN directory_services s ON s.id = f.service_id
    LEFT JOIN directory_organizations g ON g.id = f.organization_id
    WHERE f.closed_at IS NULL
      AND f.status NOT IN ('completed', 'rejected', 'cancelled')
      AND f.due_on < (${now}::timestamptz AT TIME ZONE c.timezone)::date
      AND (f.overdue_reminded_at IS NULL
           OR (f.overdue_reminded_at AT TIME ZONE c.timezone)::date
              < (${now}::timestamptz AT TIME ZONE c.timezone)::date)
    ORDER BY f.due_on
    LIMIT ${limit}
    FOR UPDATE OF f SKIP LOCKED`.execute(db);
  return rows;
}

export async function markReminded(db: Db, centerId: string, id: string, at: Date): Promise<void> {
  await db
    .updateTable('referrals')
    .set({ overdue_reminded_at: at })
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .execute();
}
