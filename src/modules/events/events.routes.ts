import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { actorOf } from '../../server/plugins/access.js';
import {
  cancelEvent,
  createEvent,
  publishEvent,
  readEvent,
  readEvents,
  updateEvent,
} from './event-admin.service.js';
import { registerEventMessages } from './event-labels.js';
import {
  AttendBody,
  EventInput,
  EventList,
  EventListQuery,
  EventParams,
  EventUpdate,
  EventView,
  LinkResidentBody,
  RegistrationList,
  RegistrationParams,
  RegistrationView,
  StaffRegisterBody,
  VersionBody,
} from './events.schemas.js';
import { registerPublicEventRoutes } from './public-events.routes.js';
import { eventContext } from './route-context.js';
import {
  attendByStaff,
  cancelByStaff,
  confirmOfferByStaff,
  linkByStaff,
  readRegistrations,
  registerByStaff,
} from './staff-registrations.service.js';

const tags = ['events'];
const read = { access: { permission: 'events.read' as const } };
const register = { access: { permission: 'events.register' as const } };
const manage = { access: { permission: 'events.manage' as const } };

/** HTTP routes of the events module: the staff's here, the portal's in public-events.routes.ts. */
export function registerEventRoutes(parent: FastifyInstance, db: Db, deps: ModuleDeps): void {
  registerEventMessages();
  registerPublicEventRoutes(parent, db, deps);
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/events',
    { config: read, schema: { tags, querystring: EventListQuery, response: { 200: EventList } } },
    async (request) => readEvents(db, actorOf(request), request.query.when ?? 'upcoming'),
  );

  app.post(
    '/api/events',
    { config: manage, schema: { tags, body: EventInput, response: { 201: EventView } } },
    async (request, reply) =>
      reply.code(201).send(await createEvent(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/events/:id',
    { config: read, schema: { tags, params: EventParams, response: { 200: EventView } } },
    async (request) => readEvent(db, actorOf(request), request.params.id),
  );

  app.put(
    '/api/events/:id',
    {
      config: manage,
      schema: { tags, params: EventParams, body: EventUpdate, response: { 200: EventView } },
    },
    async (request) =>
      updateEvent(
        db,
        actorOf(request),
        eventContext(request, deps),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/api/events/:id/publish',
    {
      config: manage,
      schema: { tags, params: EventParams, body: VersionBody, response: { 200: EventView } },
    },
    async (request) => publishEvent(db, actorOf(request), request.params.id, request.body.version),
  );

  app.post(
    '/api/events/:id/cancel',
    {
      config: manage,
      schema: { tags, params: EventParams, body: VersionBody, response: { 200: EventView } },
    },
    async (request) =>
      cancelEvent(
        db,
        actorOf(request),
        eventContext(request, deps),
        request.params.id,
        request.body.version,
      ),
  );

  app.get(
    '/api/events/:id/registrations',
    { config: read, schema: { tags, params: EventParams, response: { 200: RegistrationList } } },
    async (request) => readRegistrations(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/events/:id/registrations',
    {
      config: register,
      schema: {
        tags,
        params: EventParams,
        body: StaffRegisterBody,
        response: { 201: RegistrationView },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await registerByStaff(
            db,
            actorOf(request),
            eventContext(request, deps),
            request.params.id,
            request.body,
          ),
        ),
  );

  const change = { tags, params: RegistrationParams, response: { 200: RegistrationView } };

  app.post(
    '/api/events/:id/registrations/:registrationId/cancel',
    { config: register, schema: change },
    async (request) =>
      cancelByStaff(
        db,
        actorOf(request),
        eventContext(request, deps),
        request.params.id,
        request.params.registrationId,
      ),
  );

  app.post(
    '/api/events/:id/registrations/:registrationId/confirm',
    { config: register, schema: change },
    async (request) =>
      confirmOfferByStaff(
        db,
        actorOf(request),
        eventContext(request, deps),
        request.params.id,
        request.params.registrationId,
      ),
  );

  app.post(
    '/api/events/:id/registrations/:registrationId/attendance',
    { config: register, schema: { ...change, body: AttendBody } },
    async (request) =>
      attendByStaff(
        db,
        actorOf(request),
        request.params.id,
        request.params.registrationId,
        request.body.attended,
      ),
  );

  app.post(
    '/api/events/:id/registrations/:registrationId/resident',
    { config: register, schema: { ...change, body: LinkResidentBody } },
    async (request) =>
      linkByStaff(
        db,
        actorOf(request),
        request.params.id,
        request.params.registrationId,
        request.body.residentId,
      ),
  );
}
