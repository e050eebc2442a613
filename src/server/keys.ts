import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateKeySpec, parseKeyRing, type KeyRing } from '../lib/crypto.js';
import type { Config } from './config.js';

/**
 * The key ring for sealed text. Production sets ENCRYPTION_KEYS (and keeps it out of the
 * database's backups); otherwise a key is generated once and kept in DATA_DIR/secrets, readable
 * by this user only. Losing it makes sealed text unreadable, which is why README says to back it up.
 */
export function loadKeyRing(config: Pick<Config, 'encryptionKeys' | 'dataDir'>): KeyRing {
  if (config.encryptionKeys) {
    try {
      return parseKeyRing(config.encryptionKeys);
    } catch (error) {
      throw new Error(`ENCRYPTION_KEYS is not valid: ${(error as Error).message}`);
    }
  }
  const dir = path.join(config.dataDir, 'secrets');
  const file = path.join(dir, 'encryption-keys');
  // DATA_DIR itself stays traversable: the embedded PostgreSQL (another system user) lives in it.
  mkdirSync(config.dataDir, { recursive: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    return parseKeyRing(readFileSync(file, 'utf8').trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const spec = generateKeySpec('k1');
    writeFileSync(file, `${spec}\n`, { mode: 0o600, flag: 'wx' });
    return parseKeyRing(spec);
  }
}
