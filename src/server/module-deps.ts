import type { KeyRing } from '../lib/crypto.js';
import type { Config } from './config.js';

/** What feature modules may need beyond the database, passed explicitly at registration. */
export interface ModuleDeps {
  config: Readonly<Config>;
  keyRing: KeyRing;
}
