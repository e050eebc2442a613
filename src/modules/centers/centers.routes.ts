import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { actorOf } from '../../server/plugins/access.js';
import { CenterSettings, CenterSettingsUpdate, PublicCenter } from './centers.schemas.js';
import { getCenterSettings, getPublicCenter, updateCenterSettings } from './centers.service.js';

const tags = ['centers'];

export function registerCenterRoutes(parent: FastifyInstance, db: Db): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/public/center',
    {
      config: { access: 'public' },
      schema: {
        tags,
        querystring: Type.Object(
          { center: Type.Optional(Type.String({ maxLength: 63 })) },
          { additionalProperties: false },
        ),
        response: { 200: PublicCenter },
      },
    },
    async (request) => getPublicCenter(db, request.query.center),
  );

  app.get(
    '/api/center/settings',
    {
      config: { access: { permission: 'center.settings.read' } },
      schema: { tags, response: { 200: CenterSettings } },
    },
    async (request) => getCenterSettings(db, actorOf(request)),
  );

  app.put(
    '/api/center/settings',
    {
      config: { access: { permission: 'center.settings.update' } },
      schema: { tags, body: CenterSettingsUpdate, response: { 200: CenterSettings } },
    },
    async (request) => updateCenterSettings(db, actorOf(request), request.body),
  );
}
