import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { maskRow } from './export-mask.js';
import {
  findCenterName,
  listAuditAboutResident,
  selectResidentRecord,
} from './export.repository.js';
import { discoverResidentTables, selectResidentRows } from './resident-tables.repository.js';

export interface ResidentExport {
  generatedAt: string;
  center: { id: string; slug: string; name: string };
  resident: Record<string, unknown>;
  sections: Record<string, Record<string, unknown>[]>;
}

/**
 * Subject access (GDPR Art. 15): the resident's file and every row of every table that holds
 * rows about them, found through the catalogue, plus who read or changed the file and when.
 * Sealed columns are not decrypted (docs/decisions/0007-gdpr.md).
 */
export async function exportResident(
  db: Db,
  actor: Actor,
  residentId: string,
  format: 'json' | 'html',
  now: Date = new Date(),
): Promise<ResidentExport> {
  return db.transaction().execute(async (trx) => {
    const resident = await selectResidentRecord(trx, actor.centerId, residentId);
    if (!resident) throw new AppError('not_found');
    const sections: ResidentExport['sections'] = {};
    for (const table of await discoverResidentTables(trx)) {
      const rows = await selectResidentRows(trx, table, actor.centerId, residentId);
      sections[table.name] = rows.map(maskRow);
    }
    sections.audit_log = (await listAuditAboutResident(trx, actor.centerId, residentId)).map(
      maskRow,
    );
    await recordAudit(trx, actor, {
      action: 'resident.export',
      entity: 'resident',
      recordId: residentId,
      details: { format },
    });
    return {
      generatedAt: now.toISOString(),
      center: await findCenterName(trx, actor.centerId),
      resident: maskRow(resident),
      sections,
    };
  });
}
