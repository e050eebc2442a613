import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { actorOf } from '../../server/plugins/access.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { ListRequestsQuery, LogRequestBody, RequestView } from './requests.schemas.js';
import { findRequests, logRequest, suggestSubjects } from './requests.service.js';

const tags = ['requests'];
const read = { access: { permission: 'requests.read' as const } };

export function registerRequestRoutes(parent: FastifyInstance, db: Db, _deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/requests',
    {
      config: { access: { permission: 'requests.write' } },
      schema: { tags, body: LogRequestBody, response: { 201: RequestView } },
    },
    async (request, reply) =>
      reply.code(201).send(await logRequest(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/requests',
    {
      config: read,
      schema: {
        tags,
        querystring: ListRequestsQuery,
        response: {
          200: Type.Object({ items: Type.Array(RequestView), total: Type.Integer() }),
        },
      },
    },
    async (request) => findRequests(db, actorOf(request), request.query),
  );

  app.get(
    '/api/requests/subjects',
    {
      config: read,
      schema: { tags, response: { 200: Type.Object({ items: Type.Array(Type.String()) }) } },
    },
    async (request) => ({ items: await suggestSubjects(db, actorOf(request)) }),
  );
}
