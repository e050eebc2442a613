import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { publicCenterId } from '../appointments/booking/public-booking.service.js';
import {
  EventParams,
  IdempotencyHeaders,
  LinkParams,
  PublicCenterQuery,
  PublicEvent,
  PublicEventList,
  PublicRegisterBody,
  PublicRegistration,
  TokenBody,
  TokenQuery,
} from './events.schemas.js';
import {
  acceptByLink,
  cancelByLink,
  readPublicEvent,
  readPublicEvents,
  registerPublicly,
  viewByLink,
} from './public-events.service.js';
import { eventContext } from './route-context.js';

const tags = ['events'];
const open = { access: 'public' as const };

/** The portal's events: listing, registration, and the pages behind the e-mails' links. */
export function registerPublicEventRoutes(parent: FastifyInstance, db: Db, deps: ModuleDeps) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  // Anyone can reach these writes: the same per-address limit as public booking.
  const write = {
    ...open,
    rateLimit: { max: deps.config.publicWriteRateLimitPerMinute, timeWindow: '1 minute' },
  };

  app.get(
    '/api/public/events',
    {
      config: open,
      schema: { tags, querystring: PublicCenterQuery, response: { 200: PublicEventList } },
    },
    async (request) => readPublicEvents(db, await publicCenterId(db, request.query.center)),
  );

  app.get(
    '/api/public/events/:id',
    {
      config: open,
      schema: {
        tags,
        params: EventParams,
        querystring: PublicCenterQuery,
        response: { 200: PublicEvent },
      },
    },
    async (request) =>
      readPublicEvent(db, await publicCenterId(db, request.query.center), request.params.id),
  );

  app.post(
    '/api/public/events/:id/registrations',
    {
      config: write,
      schema: {
        tags,
        params: EventParams,
        querystring: PublicCenterQuery,
        headers: IdempotencyHeaders,
        body: PublicRegisterBody,
        response: { 201: PublicRegistration },
      },
    },
    async (request, reply) => {
      const centerId = await publicCenterId(db, request.query.center);
      const answer = await registerPublicly(
        db,
        eventContext(request, deps),
        centerId,
        request.params.id,
        request.headers['idempotency-key'],
        request.body,
      );
      return reply.code(answer.status as 201).send(answer.body as PublicRegistration);
    },
  );

  app.get(
    '/api/public/event-registrations/:registrationId',
    {
      config: open,
      schema: {
        tags,
        params: LinkParams,
        querystring: TokenQuery,
        response: { 200: PublicRegistration },
      },
    },
    async (request) =>
      viewByLink(
        db,
        eventContext(request, deps),
        request.params.registrationId,
        request.query.token,
      ),
  );

  app.post(
    '/api/public/event-registrations/:registrationId/cancel',
    {
      config: write,
      schema: { tags, params: LinkParams, body: TokenBody, response: { 200: PublicRegistration } },
    },
    async (request) =>
      cancelByLink(
        db,
        eventContext(request, deps),
        request.params.registrationId,
        request.body.token,
      ),
  );

  app.post(
    '/api/public/event-registrations/:registrationId/accept',
    {
      config: write,
      schema: { tags, params: LinkParams, body: TokenBody, response: { 200: PublicRegistration } },
    },
    async (request) =>
      acceptByLink(
        db,
        eventContext(request, deps),
        request.params.registrationId,
        request.body.token,
      ),
  );
}
