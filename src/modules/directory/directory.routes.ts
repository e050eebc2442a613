import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { actorOf } from '../../server/plugins/access.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import {
  createOrganization,
  createService,
  deleteOrganization,
  deleteService,
  updateOrganization,
  updateService,
} from './directory-edit.service.js';
import { registerDirectoryFieldLabels } from './directory-labels.js';
import {
  IdParams,
  OrganizationInput,
  OrganizationSummary,
  OrganizationView,
  ServiceInput,
  ServiceList,
  ServiceView,
  StaffListQuery,
} from './directory.schemas.js';
import {
  listOrganizations,
  listServices,
  readOrganization,
  readService,
} from './directory.service.js';
import { registerHsdsRoutes } from './hsds/hsds.routes.js';
import { registerPublicDirectoryRoutes } from './public-directory.routes.js';

const tags = ['directory'];
const read = { access: { permission: 'directory.read' as const } };
const manage = { access: { permission: 'directory.manage' as const } };

/** HTTP routes of the directory module (contract: docs/api/cooperation-issue.md). */
export function registerDirectoryRoutes(parent: FastifyInstance, db: Db, deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  registerDirectoryFieldLabels();
  registerPublicDirectoryRoutes(parent, db);
  registerHsdsRoutes(parent, db, deps);

  app.get(
    '/api/directory/services',
    { config: read, schema: { tags, querystring: StaffListQuery, response: { 200: ServiceList } } },
    async (request) => listServices(db, actorOf(request), request.query),
  );

  app.get(
    '/api/directory/services/:id',
    { config: read, schema: { tags, params: IdParams, response: { 200: ServiceView } } },
    async (request) => readService(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/directory/services',
    { config: manage, schema: { tags, body: ServiceInput, response: { 201: ServiceView } } },
    async (request, reply) =>
      reply.code(201).send(await createService(db, actorOf(request), request.body)),
  );

  app.put(
    '/api/directory/services/:id',
    {
      config: manage,
      schema: { tags, params: IdParams, body: ServiceInput, response: { 200: ServiceView } },
    },
    async (request) => updateService(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/directory/services/:id',
    { config: manage, schema: { tags, params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await deleteService(db, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/directory/organizations',
    {
      config: read,
      schema: { tags, response: { 200: Type.Object({ items: Type.Array(OrganizationSummary) }) } },
    },
    async (request) => ({ items: await listOrganizations(db, actorOf(request)) }),
  );

  app.get(
    '/api/directory/organizations/:id',
    { config: read, schema: { tags, params: IdParams, response: { 200: OrganizationView } } },
    async (request) => readOrganization(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/directory/organizations',
    {
      config: manage,
      schema: { tags, body: OrganizationInput, response: { 201: OrganizationView } },
    },
    async (request, reply) =>
      reply.code(201).send(await createOrganization(db, actorOf(request), request.body)),
  );

  app.put(
    '/api/directory/organizations/:id',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: OrganizationInput,
        response: { 200: OrganizationView },
      },
    },
    async (request) => updateOrganization(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/directory/organizations/:id',
    { config: manage, schema: { tags, params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await deleteOrganization(db, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
