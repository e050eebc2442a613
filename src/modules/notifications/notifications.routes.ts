import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { actorOf } from '../../server/plugins/access.js';
import { NotificationIdParams, NotificationView } from './notifications.schemas.js';
import { listMyNotifications, readNotification } from './notifications.service.js';

const tags = ['notifications'];

/** Every signed-in person has their own notifications and sees no one else's. */
export function registerNotificationRoutes(parent: FastifyInstance, db: Db): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/notifications',
    {
      config: { access: 'active-session' },
      schema: { tags, response: { 200: Type.Object({ items: Type.Array(NotificationView) }) } },
    },
    async (request) => ({ items: await listMyNotifications(db, actorOf(request)) }),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'active-session' },
      schema: { tags, params: NotificationIdParams, response: { 200: NotificationView } },
    },
    async (request) => readNotification(db, actorOf(request), request.params.id),
  );
}
