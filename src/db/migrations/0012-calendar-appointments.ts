import type { Kysely } from 'kysely';

// Filled in by the appointments issue (see the module that owns it).
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
