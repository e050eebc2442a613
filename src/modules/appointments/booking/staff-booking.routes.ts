import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../../db/connection.js';
import { pickLanguage } from '../../../server/i18n/language.js';
import type { ModuleDeps } from '../../../server/module-deps.js';
import { actorOf } from '../../../server/plugins/access.js';
import { checkIn, markNoShow } from './arrivals.service.js';
import { presentConfirmation } from './booking.presenter.js';
import { Type } from 'typebox';
import {
  Agenda,
  AgendaItem,
  AgendaQuery,
  AppointmentParams,
  CheckInBody,
  Confirmation,
  FeedTokenView,
  StaffBookBody,
  StaffMoveBody,
} from './booking.schemas.js';
import { cancelAppointment, moveAppointment } from './change-appointment.js';
import { createFeedToken } from './feed.service.js';
import { originOf } from './route-context.js';
import { bookForResident, readAgenda, readResidentAppointments } from './staff-booking.service.js';

const tags = ['appointments'];
const read = { access: { permission: 'appointments.read' as const } };
const book = { access: { permission: 'appointments.book' as const } };

export function registerStaffBookingRoutes(parent: FastifyInstance, db: Db, deps: ModuleDeps) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const context = (request: FastifyRequest) => ({
    keyRing: deps.keyRing,
    origin: originOf(request),
    language: pickLanguage(request.headers['accept-language']),
  });
  const change = (request: FastifyRequest) => ({
    ...context(request),
    now: new Date(),
    publicOnly: false,
  });

  app.post(
    '/api/appointments',
    { config: book, schema: { tags, body: StaffBookBody, response: { 201: Confirmation } } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await bookForResident(db, actorOf(request), context(request), request.body)),
  );

  app.get(
    '/api/appointments',
    { config: read, schema: { tags, querystring: AgendaQuery, response: { 200: Agenda } } },
    async (request) => readAgenda(db, actorOf(request), request.query),
  );

  app.get(
    '/api/residents/:id/appointments',
    {
      config: read,
      schema: {
        tags,
        params: AppointmentParams,
        response: { 200: Type.Object({ items: Type.Array(AgendaItem) }) },
      },
    },
    async (request) => readResidentAppointments(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/appointments/:id/check-in',
    {
      config: book,
      schema: {
        tags,
        params: AppointmentParams,
        body: CheckInBody,
        response: { 200: Confirmation },
      },
    },
    async (request) =>
      presentConfirmation(
        await checkIn(db, actorOf(request), request.params.id, request.body ?? {}),
        null,
      ),
  );

  app.post(
    '/api/appointments/:id/no-show',
    { config: book, schema: { tags, params: AppointmentParams, response: { 200: Confirmation } } },
    async (request) =>
      presentConfirmation(await markNoShow(db, actorOf(request), request.params.id), null),
  );

  app.post(
    '/api/appointments/:id/cancel',
    { config: book, schema: { tags, params: AppointmentParams, response: { 200: Confirmation } } },
    async (request) =>
      presentConfirmation(
        await cancelAppointment(db, actorOf(request), request.params.id, change(request)),
        null,
      ),
  );

  app.post(
    '/api/appointments/:id/move',
    {
      config: book,
      schema: {
        tags,
        params: AppointmentParams,
        body: StaffMoveBody,
        response: { 200: Confirmation },
      },
    },
    async (request) =>
      presentConfirmation(
        await moveAppointment(
          db,
          actorOf(request),
          request.params.id,
          { startsAt: new Date(request.body.startsAt), staffId: request.body.staffId },
          change(request),
        ),
        null,
      ),
  );

  app.post(
    '/api/appointments/feed-token',
    { config: read, schema: { tags, response: { 201: FeedTokenView } } },
    async (request, reply) =>
      reply.code(201).send(await createFeedToken(db, actorOf(request), originOf(request))),
  );
}
