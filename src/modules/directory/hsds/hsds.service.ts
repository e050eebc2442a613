import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { insertOrganizationTrees } from '../directory-tree-writer.js';
import { loadOrganizationTrees } from '../directory-trees.repository.js';
import { hsdsTableCsv, type CsvTable } from './hsds-csv.js';
import { toHsdsDocument } from './hsds-export.js';
import { parseHsdsDocument } from './hsds-import.js';
import { HsdsImportError } from './hsds-reader.js';

/** The Center's own entries (not those other Centers share) as HSDS 3.0 JSON. */
export async function exportHsds(db: Db, actor: Actor) {
  const organizations = await loadOrganizationTrees(db, { centerId: actor.centerId });
  return toHsdsDocument(organizations);
}

export async function exportHsdsCsv(db: Db, actor: Actor, table: CsvTable): Promise<string> {
  return hsdsTableCsv(await exportHsds(db, actor), table);
}

/**
 * Adds the file's organizations and services to the Center as new entries, all or nothing:
 * the file is read and checked completely before anything is written, and the writes share
 * one transaction.
 */
export async function importHsds(db: Db, actor: Actor, document: unknown) {
  let organizations;
  try {
    organizations = parseHsdsDocument(document);
  } catch (error) {
    if (error instanceof HsdsImportError) {
      throw new AppError('import_rejected', { params: { reason: error.reason } });
    }
    throw error;
  }
  return db.transaction().execute(async (trx) => {
    const counts = await insertOrganizationTrees(trx, actor.centerId, organizations);
    await recordAudit(trx, actor, {
      action: 'directory.import',
      entity: 'directory',
      details: counts,
    });
    return counts;
  });
}
