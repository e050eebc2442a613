import { openDatabaseForTool } from '../../db/open-database.js';
import { loadConfig } from '../../server/config.js';
import { createFileStorage } from '../documents/storage.js';
import { runRetentionExclusively } from './retention.service.js';

/** `npm run retention`: anonymise now every file past its retention period. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabaseForTool(config);
  try {
    const result = await runRetentionExclusively(database.db, {
      now: new Date(),
      retentionYears: config.retentionYears,
      storage: createFileStorage(config.dataDir),
    });
    if (!result) {
      console.log('Retention is running in another process right now; nothing done.');
      return;
    }
    console.log(
      `Retention (${config.retentionYears} years after the year of last contact): ` +
        `${result.anonymised} file(s) anonymised, ${result.skippedOpenCase} kept for an open case.`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
