import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../../db/connection.js';
import { actorOf } from '../../../server/plugins/access.js';
import type { ModuleDeps } from '../../../server/module-deps.js';
import { CsvQuery, ImportResult } from '../directory.schemas.js';
import { exportHsds, exportHsdsCsv, importHsds } from './hsds.service.js';

const tags = ['directory'];
const manage = { access: { permission: 'directory.manage' as const } };
/** A whole directory in one file: larger than the API's usual 1 MiB. */
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

export function registerHsdsRoutes(parent: FastifyInstance, db: Db, _deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/directory/export.json',
    // No response schema: the HSDS document is written as it is, with HSDS's own member names.
    { config: manage, schema: { tags } },
    async (request, reply) => {
      const document = await exportHsds(db, actorOf(request));
      return reply
        .type('application/json; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="directory-hsds.json"')
        .send(JSON.stringify(document, null, 2));
    },
  );

  app.get(
    '/api/directory/export.csv',
    { config: manage, schema: { tags, querystring: CsvQuery } },
    async (request, reply) => {
      const table = request.query.table ?? 'service';
      const csv = await exportHsdsCsv(db, actorOf(request), table);
      return reply
        .type('text/csv; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${table}.csv"`)
        .send(csv);
    },
  );

  app.post(
    '/api/directory/import',
    {
      config: manage,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        // The HSDS document is checked by the importer, which names what is wrong and where.
        body: Type.Union([
          Type.Object({}, { additionalProperties: true }),
          Type.Array(Type.Unknown()),
        ]),
        response: { 200: ImportResult },
      },
    },
    async (request) => importHsds(db, actorOf(request), request.body),
  );
}
