import { openDatabaseForTool } from '../../db/open-database.js';
import { loadConfig } from '../../server/config.js';
import { verifyAuditChains } from './audit.service.js';

/**
 * `npm run audit:verify`: walks every Center's audit chain and names the first broken entry.
 * Exit code 0 when all chains are intact, 1 otherwise.
 */
const config = loadConfig();
const database = await openDatabaseForTool(config);
try {
  const report = await verifyAuditChains(database.db);
  let intact = true;
  for (const center of report.centers) {
    if (center.broken) {
      intact = false;
      console.log(
        `BROKEN  Center "${center.slug}": entry #${center.broken.seq} (${center.broken.problem}); ` +
          `entries before it are intact (${center.entries}).`,
      );
    } else {
      console.log(`OK      Center "${center.slug}": ${center.entries} entries, chain intact.`);
    }
  }
  process.exitCode = intact ? 0 : 1;
} finally {
  await database.close();
}
