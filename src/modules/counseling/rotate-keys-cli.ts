import { openDatabaseForTool } from '../../db/open-database.js';
import { loadConfig } from '../../server/config.js';
import { loadKeyRing } from '../../server/keys.js';
import { resealAll } from './key-rotation.service.js';

/**
 * `npm run keys:rotate`: after prepending a new key to ENCRYPTION_KEYS (`k2:…,k1:…`), re-seals
 * every counseling note and TOTP secret under it. Safe to stop and run again. Keep the old key in
 * the ring until this reports success; afterwards it may be removed.
 */
const config = loadConfig();
const keyRing = loadKeyRing(config);
const database = await openDatabaseForTool(config);
try {
  console.log(`Re-sealing under key "${keyRing.activeKeyId}"…`);
  const report = await resealAll(database.db, keyRing, {
    onBatch: (progress) =>
      console.log(`  … ${progress.notes} notes, ${progress.totpSecrets} TOTP secrets so far`),
  });
  console.log(
    `Done: ${report.notes} counseling notes and ${report.totpSecrets} TOTP secrets re-sealed; ` +
      `everything sealed is now under key "${report.activeKeyId}".`,
  );
} catch (error) {
  // The message names a missing key id at most; sealed values and personal data never reach it.
  console.error(`Key rotation stopped: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
