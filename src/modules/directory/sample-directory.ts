import type { Db } from '../../db/connection.js';
import { recordAudit } from '../audit/audit.service.js';
import { insertOrganizationTrees } from './directory-tree-writer.js';
import { sampleOrganizations } from './sample-directory-data.js';

/**
 * Adds the sample entries (ΚΕΠ, ΔΥΠΑ, ΟΠΕΚΑ, e-ΕΦΚΑ, ΚΕΠΑ, the municipal social grocery,
 * pharmacy, ΚΑΠΗ and Βοήθεια στο Σπίτι, a women's counselling centre, a mental health centre) to
 * a Center, once: nothing happens when the Center already has sample entries. Runs inside the
 * caller's transaction when given one.
 */
export async function seedSampleDirectory(
  db: Db,
  centerId: string,
): Promise<{ organizations: number; services: number }> {
  const seed = async (trx: Db) => {
    const existing = await trx
      .selectFrom('directory_organizations')
      .select('id')
      .where('center_id', '=', centerId)
      .where('sample', '=', true)
      .limit(1)
      .executeTakeFirst();
    if (existing) return { organizations: 0, services: 0 };
    const counts = await insertOrganizationTrees(trx, centerId, sampleOrganizations);
    await recordAudit(
      trx,
      { centerId, staffId: null, role: null, ip: null },
      { action: 'directory.import', entity: 'directory', reason: 'sample_data', details: counts },
    );
    return counts;
  };
  return db.isTransaction ? seed(db) : db.transaction().execute(seed);
}
