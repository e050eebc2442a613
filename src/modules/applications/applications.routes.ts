import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { pickLanguage } from '../../server/i18n/language.js';
import { actorOf } from '../../server/plugins/access.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { presentApplication } from './application-view.js';
import {
  ApplicationView,
  CreateApplicationBody,
  IdParams,
  TasksQuery,
  TaskView,
  UpdateApplicationBody,
} from './applications.schemas.js';
import {
  changeApplication,
  findResidentApplications,
  startApplication,
} from './applications.service.js';
import { findTasks } from './tasks.service.js';

const tags = ['applications'];
const read = { access: { permission: 'applications.read' as const } };
const write = { access: { permission: 'applications.write' as const } };
const languageOf = (request: FastifyRequest) => pickLanguage(request.headers['accept-language']);

export function registerApplicationRoutes(
  parent: FastifyInstance,
  db: Db,
  _deps: ModuleDeps,
): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/residents/:id/applications',
    {
      config: write,
      schema: {
        tags,
        params: IdParams,
        body: CreateApplicationBody,
        response: { 201: ApplicationView },
      },
    },
    async (request, reply) => {
      const row = await startApplication(db, actorOf(request), request.params.id, request.body);
      return reply.code(201).send(presentApplication(row, languageOf(request)));
    },
  );

  app.get(
    '/api/residents/:id/applications',
    {
      config: read,
      schema: {
        tags,
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ApplicationView) }) },
      },
    },
    async (request) => {
      const rows = await findResidentApplications(db, actorOf(request), request.params.id);
      return { items: rows.map((row) => presentApplication(row, languageOf(request))) };
    },
  );

  app.patch(
    '/api/applications/:id',
    {
      config: write,
      schema: {
        tags,
        params: IdParams,
        body: UpdateApplicationBody,
        response: { 200: ApplicationView },
      },
    },
    async (request) =>
      presentApplication(
        await changeApplication(db, actorOf(request), request.params.id, request.body),
        languageOf(request),
      ),
  );

  app.get(
    '/api/tasks',
    {
      config: read,
      schema: {
        tags,
        querystring: TasksQuery,
        response: { 200: Type.Object({ items: Type.Array(TaskView) }) },
      },
    },
    async (request) => ({ items: await findTasks(db, actorOf(request), request.query) }),
  );
}
