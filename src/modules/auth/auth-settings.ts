import type { KeyRing } from '../../lib/crypto.js';

/** What the auth services need from the configuration, passed explicitly. */
export interface AuthSettings {
  maxFailures: number;
  lockoutMinutes: number;
  idleMinutes: number;
  absoluteHours: number;
  keyRing: KeyRing;
}
