import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { actorOf } from '../../server/plugins/access.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { readFinances, saveFinances } from './household-finances.service.js';
import { addMember, updateHouseholdMember } from './household-members.service.js';
import {
  AddMemberBody,
  CreateHouseholdBody,
  FinancesParams,
  FinancesView,
  HouseholdView,
  IdParams,
  MemberParams,
  PutFinancesBody,
  UpdateMemberBody,
} from './households.schemas.js';
import { createHousehold, listResidentHouseholds, readHousehold } from './households.service.js';

const tags = ['households'];
const read = { access: { permission: 'households.read' as const } };
const write = { access: { permission: 'households.write' as const } };

export function registerHouseholdRoutes(parent: FastifyInstance, db: Db, _deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/residents/:id/households',
    {
      config: read,
      schema: {
        tags,
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(HouseholdView) }) },
      },
    },
    async (request) => ({
      items: await listResidentHouseholds(db, actorOf(request), request.params.id),
    }),
  );

  app.post(
    '/api/households',
    {
      config: write,
      schema: { tags, body: CreateHouseholdBody, response: { 201: HouseholdView } },
    },
    async (request, reply) =>
      reply.code(201).send(await createHousehold(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/households/:id',
    { config: read, schema: { tags, params: IdParams, response: { 200: HouseholdView } } },
    async (request) => readHousehold(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/households/:id/members',
    {
      config: write,
      schema: { tags, params: IdParams, body: AddMemberBody, response: { 200: HouseholdView } },
    },
    async (request) => addMember(db, actorOf(request), request.params.id, request.body),
  );

  app.patch(
    '/api/households/:id/members/:memberId',
    {
      config: write,
      schema: {
        tags,
        params: MemberParams,
        body: UpdateMemberBody,
        response: { 200: HouseholdView },
      },
    },
    async (request) =>
      updateHouseholdMember(
        db,
        actorOf(request),
        request.params.id,
        request.params.memberId,
        request.body,
      ),
  );

  app.get(
    '/api/households/:id/finances/:taxYear',
    { config: read, schema: { tags, params: FinancesParams, response: { 200: FinancesView } } },
    async (request) =>
      readFinances(db, actorOf(request), request.params.id, request.params.taxYear),
  );

  app.put(
    '/api/households/:id/finances/:taxYear',
    {
      config: write,
      schema: {
        tags,
        params: FinancesParams,
        body: PutFinancesBody,
        response: { 200: FinancesView },
      },
    },
    async (request) =>
      saveFinances(db, actorOf(request), request.params.id, request.params.taxYear, request.body),
  );
}
