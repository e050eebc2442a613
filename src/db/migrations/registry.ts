import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as residents from './0002-residents.js';

/**
 * Migrations in order. Listed in code (not discovered on disk) so the same set runs from the
 * TypeScript sources under tsx and from the compiled build.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-residents': residents,
};
