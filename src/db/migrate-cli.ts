import { loadConfig } from '../server/config.js';
import { openDatabaseForTool } from './open-database.js';

/** `npm run migrate`: brings the database (embedded or DATABASE_URL) to the latest schema. */
const config = loadConfig();
const database = await openDatabaseForTool(config, (message) => console.log(message));
await database.close();
console.log('Database schema is up to date.');
