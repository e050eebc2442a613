import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';
import type { ModuleDeps } from '../../server/module-deps.js';

/** HTTP routes of the reports module (contract: docs/api/*-issue.md). */
export function registerReportRoutes(app: FastifyInstance, db: Db, deps: ModuleDeps): void {
  void app;
  void db;
  void deps;
}
