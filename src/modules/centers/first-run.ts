import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { recordAudit } from '../audit/audit.service.js';
import { generateOneTimePassword, hashPassword } from '../auth/passwords.js';
import { seedSampleDirectory } from '../directory/sample-directory.js';
import { insertStaff } from '../staff/staff.repository.js';
import { toCenterValues } from './centers.presenter.js';
import { countCenters, insertCenter } from './centers.repository.js';
import { marousiCenter } from './default-center.js';

export interface FirstRunResult {
  centerSlug: string;
  username: string;
  oneTimePassword: string;
}

/**
 * On an empty database: the default Center (Marousi, from the seed) and one administrator with a
 * random one-time password, to be printed once and changed at first sign-in. Nothing happens when
 * a Center exists; the advisory lock makes concurrent first starts create it once.
 */
export async function ensureFirstRun(db: Db): Promise<FirstRunResult | null> {
  // The usual start: nothing to do, and no reason to spend an argon2 hash.
  if ((await countCenters(db)) > 0) return null;
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended('koinotita:first-run', 0))`.execute(
      trx,
    );
    if ((await countCenters(trx)) > 0) return null;
    const { slug, ...settings } = marousiCenter;
    const center = await insertCenter(trx, { slug, ...toCenterValues(settings) });
    const admin = await insertStaff(trx, {
      center_id: center.id,
      username: 'admin',
      display_name: 'Διαχειριστής',
      email: null,
      role: 'administrator',
      password_hash: passwordHash,
      must_change_password: true,
    });
    const system = { centerId: center.id, staffId: null, role: null, ip: null };
    await recordAudit(trx, system, {
      action: 'center.create',
      entity: 'center',
      recordId: center.id,
      reason: 'first_run',
    });
    await recordAudit(trx, system, {
      action: 'staff.create',
      entity: 'staff',
      recordId: admin.id,
      reason: 'first_run',
      details: { role: 'administrator' },
    });
    // Example entries of the directory of services, marked as sample data.
    await seedSampleDirectory(trx, center.id);
    return { centerSlug: center.slug, username: admin.username, oneTimePassword };
  });
}
