import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/connection.js';
import type { ModuleDeps } from '../../../server/module-deps.js';

export function registerCalendarRoutes(_app: FastifyInstance, _db: Db, _deps: ModuleDeps): void {
  // Routes of this module are added by the appointments issue.
}
