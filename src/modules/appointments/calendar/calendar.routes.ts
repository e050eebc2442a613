import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../../db/connection.js';
import { actorOf } from '../../../server/plugins/access.js';
import type { ModuleDeps } from '../../../server/module-deps.js';
import { publicCenterId, viewAvailability } from './availability-view.service.js';
import {
  AbsenceBody,
  AbsenceView,
  AppointmentTypeView,
  AvailabilityQuery,
  AvailabilityView,
  CenterQuery,
  ClosureBody,
  ClosureView,
  CreateTypeBody,
  IdParams,
  OverrideBody,
  OverrideView,
  PublicTypeView,
  ScheduleChangeBody,
  ScheduleChangeView,
  UpdateTypeBody,
  WeeklyHoursBody,
  YearQuery,
} from './calendar.schemas.js';
import { addClosure, addOverride, readCalendarYear } from './center-calendar.service.js';
import {
  addAbsence,
  addScheduleChange,
  findAbsences,
  findScheduleChanges,
  readWeeklyHours,
  removeCalendarEntry,
  setWeeklyHours,
} from './schedule.service.js';
import {
  changeAppointmentType,
  createAppointmentType,
  findAppointmentTypes,
  findPublicAppointmentTypes,
} from './types.service.js';

const tags = ['appointments'];
const read = { access: { permission: 'appointments.read' as const } };
const manage = { access: { permission: 'appointments.manage' as const } };
const open = { access: 'public' as const };
const items = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item) }, { additionalProperties: false });
const NoContent = Type.Null();

export function registerCalendarRoutes(parent: FastifyInstance, db: Db, _deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  // Appointment types.
  app.get(
    '/api/appointment-types',
    { config: read, schema: { tags, response: { 200: items(AppointmentTypeView) } } },
    async (request) => ({ items: await findAppointmentTypes(db, actorOf(request).centerId) }),
  );
  app.post(
    '/api/appointment-types',
    {
      config: manage,
      schema: { tags, body: CreateTypeBody, response: { 201: AppointmentTypeView } },
    },
    async (request, reply) =>
      reply.code(201).send(await createAppointmentType(db, actorOf(request), request.body)),
  );
  app.patch(
    '/api/appointment-types/:id',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: UpdateTypeBody,
        response: { 200: AppointmentTypeView },
      },
    },
    async (request) => changeAppointmentType(db, actorOf(request), request.params.id, request.body),
  );

  // Availability, public (public types only) and for staff (staff-only types too).
  app.get(
    '/api/public/appointment-types',
    {
      config: open,
      schema: { tags, querystring: CenterQuery, response: { 200: items(PublicTypeView) } },
    },
    async (request) => ({
      items: await findPublicAppointmentTypes(db, await publicCenterId(db, request.query.center)),
    }),
  );
  app.get(
    '/api/public/availability',
    {
      config: open,
      schema: { tags, querystring: AvailabilityQuery, response: { 200: AvailabilityView } },
    },
    async (request) =>
      viewAvailability(db, await publicCenterId(db, request.query.center), request.query, {
        publicOnly: true,
      }),
  );
  app.get(
    '/api/availability',
    {
      config: read,
      schema: { tags, querystring: AvailabilityQuery, response: { 200: AvailabilityView } },
    },
    async (request) =>
      viewAvailability(db, actorOf(request).centerId, request.query, { publicOnly: false }),
  );

  // Staff working hours, absences and one-off changes.
  app.get(
    '/api/staff/:id/weekly-hours',
    { config: read, schema: { tags, params: IdParams, response: { 200: WeeklyHoursBody } } },
    async (request) => readWeeklyHours(db, actorOf(request).centerId, request.params.id),
  );
  app.put(
    '/api/staff/:id/weekly-hours',
    {
      config: manage,
      schema: { tags, params: IdParams, body: WeeklyHoursBody, response: { 200: WeeklyHoursBody } },
    },
    async (request) => setWeeklyHours(db, actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/staff/:id/absences',
    { config: read, schema: { tags, params: IdParams, response: { 200: items(AbsenceView) } } },
    async (request) => ({
      items: await findAbsences(db, actorOf(request).centerId, request.params.id),
    }),
  );
  app.post(
    '/api/staff/:id/absences',
    {
      config: manage,
      schema: { tags, params: IdParams, body: AbsenceBody, response: { 201: AbsenceView } },
    },
    async (request, reply) =>
      reply.code(201).send(await addAbsence(db, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/staff/:id/schedule-changes',
    {
      config: read,
      schema: {
        tags,
        params: IdParams,
        querystring: Type.Object(
          { since: Type.Optional(Type.String({ format: 'date' })) },
          { additionalProperties: false },
        ),
        response: { 200: items(ScheduleChangeView) },
      },
    },
    async (request) => ({
      items: await findScheduleChanges(
        db,
        actorOf(request).centerId,
        request.params.id,
        request.query.since ?? new Date().toISOString().slice(0, 10),
      ),
    }),
  );
  app.post(
    '/api/staff/:id/schedule-changes',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: ScheduleChangeBody,
        response: { 201: ScheduleChangeView },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addScheduleChange(db, actorOf(request), request.params.id, request.body)),
  );

  // The Center's calendar: holidays of a year, overrides, closures.
  app.get(
    '/api/calendar',
    { config: read, schema: { tags, querystring: YearQuery } },
    async (request) =>
      readCalendarYear(
        db,
        actorOf(request).centerId,
        request.query.year ?? new Date().getFullYear(),
      ),
  );
  app.post(
    '/api/calendar/closures',
    { config: manage, schema: { tags, body: ClosureBody, response: { 201: ClosureView } } },
    async (request, reply) =>
      reply.code(201).send(await addClosure(db, actorOf(request), request.body)),
  );
  app.post(
    '/api/calendar/overrides',
    { config: manage, schema: { tags, body: OverrideBody, response: { 201: OverrideView } } },
    async (request, reply) =>
      reply.code(201).send(await addOverride(db, actorOf(request), request.body)),
  );

  const deletions = [
    ['/api/staff-absences/:id', 'staff_absences'],
    ['/api/staff-schedule-changes/:id', 'staff_schedule_changes'],
    ['/api/calendar/closures/:id', 'center_closures'],
    ['/api/calendar/overrides/:id', 'calendar_overrides'],
  ] as const;
  for (const [url, table] of deletions) {
    app.delete(
      url,
      { config: manage, schema: { tags, params: IdParams, response: { 204: NoContent } } },
      async (request, reply) => {
        await removeCalendarEntry(db, actorOf(request), table, request.params.id);
        return reply.code(204).send(null);
      },
    );
  }
}
