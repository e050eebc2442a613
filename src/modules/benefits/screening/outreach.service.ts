import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { centerToday } from '../../households/households.repository.js';
import { applicationsTableExists, listNewlyEligible } from './outreach.repository.js';
import type { NewlyEligibleItem, NewlyEligibleQuery } from './screening.schemas.js';

const DEFAULT_WINDOW_DAYS = 30;
const MAX_ROWS = 50_000;

/**
 * Residents who became eligible for a benefit (from not eligible or never screened) since a day,
 * are still eligible and have not applied for it. Without the applications table, nobody has.
 * Every listing is audited; the CSV export (names and phones for a campaign) as an export.
 */
export async function findNewlyEligible(
  db: Db,
  actor: Actor,
  query: NewlyEligibleQuery,
): Promise<NewlyEligibleItem[]> {
  return db.transaction().execute(async (trx) => {
    const today = await centerToday(trx, actor.centerId);
    const since = query.since
      ? new Date(`${query.since}T00:00:00Z`)
      : new Date(Date.parse(`${today}T00:00:00Z`) - DEFAULT_WINDOW_DAYS * 86_400_000);
    const rows = await listNewlyEligible(trx, actor.centerId, {
      since,
      today,
      withApplications: await applicationsTableExists(trx),
      limit: MAX_ROWS,
    });
    const format = query.format ?? 'json';
    await recordAudit(trx, actor, {
      action: format === 'csv' ? 'benefits.outreach.export' : 'benefits.outreach.list',
      entity: 'outreach',
      details: { since: since.toISOString(), count: rows.length, format },
    });
    return rows.map((row) => ({
      residentId: row.resident_id,
      name: `${row.surname} ${row.given_name}`,
      phone: row.phone,
      benefit: row.benefit,
      since: row.since.toISOString(),
    }));
  });
}
