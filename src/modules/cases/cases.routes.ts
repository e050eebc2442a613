import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { actorOf } from '../../server/plugins/access.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { saveAssessment, savePlan } from './case-plan.service.js';
import {
  CaseIdParams,
  CaseSummary,
  CaseView,
  CreateCaseBody,
  ListCasesQuery,
  PutAssessmentBody,
  PutPlanBody,
  UpdateCaseBody,
} from './cases.schemas.js';
import { changeCase, findCases, openCase, readCase } from './cases.service.js';

const tags = ['cases'];
const read = { access: { permission: 'cases.read' as const } };
const write = { access: { permission: 'cases.write' as const } };

export function registerCaseRoutes(parent: FastifyInstance, db: Db, _deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/cases',
    { config: write, schema: { tags, body: CreateCaseBody, response: { 201: CaseView } } },
    async (request, reply) =>
      reply.code(201).send(await openCase(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/cases',
    {
      config: read,
      schema: {
        tags,
        querystring: ListCasesQuery,
        response: { 200: Type.Object({ items: Type.Array(CaseSummary) }) },
      },
    },
    async (request) => ({ items: await findCases(db, actorOf(request), request.query) }),
  );

  app.get(
    '/api/cases/:id',
    { config: read, schema: { tags, params: CaseIdParams, response: { 200: CaseView } } },
    async (request) => readCase(db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/cases/:id',
    {
      config: write,
      schema: { tags, params: CaseIdParams, body: UpdateCaseBody, response: { 200: CaseView } },
    },
    async (request) => changeCase(db, actorOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/cases/:id/assessment',
    {
      config: write,
      schema: { tags, params: CaseIdParams, body: PutAssessmentBody, response: { 200: CaseView } },
    },
    async (request) => saveAssessment(db, actorOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/cases/:id/plan',
    {
      config: write,
      schema: { tags, params: CaseIdParams, body: PutPlanBody, response: { 200: CaseView } },
    },
    async (request) => savePlan(db, actorOf(request), request.params.id, request.body),
  );
}
