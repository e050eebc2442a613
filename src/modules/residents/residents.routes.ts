import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../../db/connection.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { actorOf } from '../../server/plugins/access.js';
import { mergeResidents } from './residents-merge.service.js';
import { searchResidents } from './residents-search.service.js';
import {
  CreateResidentBody,
  HistoryView,
  MergeResidentBody,
  ResidentIdParams,
  ResidentView,
  SearchQuery,
  SearchResult,
  UpdateResidentBody,
} from './residents.schemas.js';
import {
  readResident,
  readResidentHistory,
  rectifyResident,
  registerResident,
} from './residents.service.js';

const tags = ['residents'];
const read = { access: { permission: 'residents.read' as const } };
const write = { access: { permission: 'residents.write' as const } };

export function registerResidentRoutes(parent: FastifyInstance, db: Db, _deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/residents/search',
    { config: read, schema: { tags, querystring: SearchQuery, response: { 200: SearchResult } } },
    async (request) => searchResidents(db, actorOf(request), request.query),
  );

  app.post(
    '/api/residents',
    { config: write, schema: { tags, body: CreateResidentBody, response: { 201: ResidentView } } },
    async (request, reply) =>
      reply.code(201).send(await registerResident(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/residents/:id',
    { config: read, schema: { tags, params: ResidentIdParams, response: { 200: ResidentView } } },
    async (request) => readResident(db, actorOf(request), request.params.id),
  );

  app.put(
    '/api/residents/:id',
    {
      config: write,
      schema: {
        tags,
        params: ResidentIdParams,
        body: UpdateResidentBody,
        response: { 200: ResidentView },
      },
    },
    async (request) => rectifyResident(db, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/residents/:id/history',
    { config: read, schema: { tags, params: ResidentIdParams, response: { 200: HistoryView } } },
    async (request) => readResidentHistory(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/residents/:id/merge',
    {
      config: { access: { permission: 'residents.merge' } },
      schema: {
        tags,
        params: ResidentIdParams,
        body: MergeResidentBody,
        response: { 200: ResidentView },
      },
    },
    async (request) => mergeResidents(db, actorOf(request), request.params.id, request.body),
  );
}
