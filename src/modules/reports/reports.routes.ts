import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../../db/connection.js';
import { registerFieldLabels } from '../../server/i18n/messages.js';
import { actorOf } from '../../server/plugins/access.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { drillReport } from './report-drill.service.js';
import { exportReport } from './report-export.service.js';
import { loadReportQueries } from './report-sql.js';
import { assertMayDrill } from './reports.policy.js';
import {
  DrillQuerySchema,
  DrillResultSchema,
  ExportQuerySchema,
  PeriodQuerySchema,
  PeriodReportSchema,
} from './reports.schemas.js';
import { buildPeriodReport } from './reports.service.js';

const tags = ['reports'];
const read = { access: { permission: 'reports.read' as const } };

/** HTTP routes of the reports module (contract: docs/api/cooperation-issue.md § Reports API). */
export function registerReportRoutes(parent: FastifyInstance, db: Db, _deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  // Read now: a missing or broken SQL file stops start-up instead of the first report.
  loadReportQueries();
  registerFieldLabels({
    el: { from: 'Από', to: 'Έως', table: 'Πίνακας', row: 'Γραμμή', format: 'Μορφή αρχείου' },
    en: { from: 'From', to: 'To', table: 'Table', row: 'Row', format: 'File format' },
  });

  app.get(
    '/api/reports/period',
    {
      config: read,
      schema: { tags, querystring: PeriodQuerySchema, response: { 200: PeriodReportSchema } },
    },
    async (request) => buildPeriodReport(db, actorOf(request), request.query),
  );

  app.get(
    '/api/reports/drill',
    {
      config: read,
      schema: { tags, querystring: DrillQuerySchema, response: { 200: DrillResultSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      assertMayDrill(actor);
      return drillReport(db, actor, request.query);
    },
  );

  app.get(
    '/api/reports/export',
    {
      config: { access: { permission: 'reports.export' } },
      schema: { tags, querystring: ExportQuerySchema },
    },
    async (request, reply) => {
      const file = await exportReport(db, actorOf(request), request.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
}
