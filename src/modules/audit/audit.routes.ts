import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { actorOf } from '../../server/plugins/access.js';
import { listAudit } from './audit.service.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const AuditEntryView = Type.Object({
  id: Type.String(),
  at: Type.String({ format: 'date-time' }),
  actorName: Nullable(Type.String()),
  actorRole: Nullable(Type.String()),
  action: Type.String(),
  entity: Type.String(),
  recordId: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  reason: Nullable(Type.String()),
});

export function registerAuditRoutes(parent: FastifyInstance, db: Db): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/audit',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
            before: Type.Optional(Type.String({ pattern: '^[0-9]{1,18}$' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(AuditEntryView),
            nextBefore: Nullable(Type.String()),
          }),
        },
      },
    },
    async (request) => listAudit(db, actorOf(request), request.query),
  );
}
