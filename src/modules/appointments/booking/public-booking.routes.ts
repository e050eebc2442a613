import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../../db/connection.js';
import type { ModuleDeps } from '../../../server/module-deps.js';
import {
  AppointmentParams,
  Confirmation,
  IdempotencyHeaders,
  PublicBookBody,
  PublicCenterQuery,
  PublicMoveBody,
  TokenBody,
  TokenQuery,
  WaitlistBody,
  WaitlistView,
} from './booking.schemas.js';
import { renderFeed } from './feed.service.js';
import { bookPublicly, publicCenterId } from './public-booking.service.js';
import { cancelByLink, moveByLink, viewByLink } from './public-manage.service.js';
import { publicContext } from './route-context.js';
import { acceptOffer, joinWaitlist } from './waitlist.service.js';

const tags = ['appointments'];
/** The public wizard, the links in e-mails and calendar apps: no sign-in, CSRF still applies. */
const open = { access: 'public' as const };

export function registerPublicBookingRoutes(parent: FastifyInstance, db: Db, deps: ModuleDeps) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  // Anyone can reach these writes: a per-address limit keeps a script from filling the agenda.
  const write = {
    ...open,
    rateLimit: { max: deps.config.publicWriteRateLimitPerMinute, timeWindow: '1 minute' },
  };

  app.post(
    '/api/public/appointments',
    {
      config: write,
      schema: {
        tags,
        querystring: PublicCenterQuery,
        headers: IdempotencyHeaders,
        body: PublicBookBody,
        response: { 201: Confirmation },
      },
    },
    async (request, reply) => {
      const centerId = await publicCenterId(db, request.query.center);
      const ctx = publicContext(request, deps);
      const key = request.headers['idempotency-key'];
      const answer = await bookPublicly(db, ctx, centerId, key, request.body);
      return reply.code(answer.status as 201).send(answer.body as Confirmation);
    },
  );

  app.get(
    '/api/public/appointments/:id',
    {
      config: open,
      schema: {
        tags,
        params: AppointmentParams,
        querystring: TokenQuery,
        response: { 200: Confirmation },
      },
    },
    async (request) =>
      viewByLink(db, publicContext(request, deps), request.params.id, request.query.token),
  );

  app.post(
    '/api/public/appointments/:id/cancel',
    {
      config: write,
      schema: { tags, params: AppointmentParams, body: TokenBody, response: { 200: Confirmation } },
    },
    async (request) =>
      cancelByLink(db, publicContext(request, deps), request.params.id, request.body.token),
  );

  app.post(
    '/api/public/appointments/:id/move',
    {
      config: write,
      schema: {
        tags,
        params: AppointmentParams,
        body: PublicMoveBody,
        response: { 200: Confirmation },
      },
    },
    async (request) =>
      moveByLink(
        db,
        publicContext(request, deps),
        request.params.id,
        request.body.token,
        new Date(request.body.startsAt),
      ),
  );

  app.post(
    '/api/public/waitlist',
    {
      config: write,
      schema: {
        tags,
        querystring: PublicCenterQuery,
        headers: IdempotencyHeaders,
        body: WaitlistBody,
        response: { 201: WaitlistView },
      },
    },
    async (request, reply) => {
      const centerId = await publicCenterId(db, request.query.center);
      const key = request.headers['idempotency-key'];
      const answer = await joinWaitlist(
        db,
        publicContext(request, deps),
        centerId,
        key,
        request.body,
      );
      return reply.code(answer.status as 201).send(answer.body as WaitlistView);
    },
  );

  app.post(
    '/api/public/waitlist/:id/accept',
    {
      config: write,
      schema: { tags, params: AppointmentParams, body: TokenBody, response: { 201: Confirmation } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await acceptOffer(
            db,
            publicContext(request, deps),
            request.params.id,
            request.body.token,
          ),
        ),
  );

  app.get(
    '/api/public/calendar/:token.ics',
    {
      config: open,
      schema: {
        tags,
        params: Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) }),
      },
    },
    async (request, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(await renderFeed(db, request.params.token)),
  );
}
