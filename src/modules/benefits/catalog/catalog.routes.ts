import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../../db/connection.js';
import { actorOf } from '../../../server/plugins/access.js';
import type { ModuleDeps } from '../../../server/module-deps.js';
import { catalog, toPublicCatalogEntry } from './catalog-data.js';
import {
  CriteriaBody,
  CriteriaView,
  ProgramParams,
  PublicCatalogEntrySchema,
  StaffCatalogEntrySchema,
} from './catalog.schemas.js';
import { readProgramCriteria, saveProgramCriteria } from './municipal-criteria.service.js';

const tags = ['benefits'];
const read = { access: { permission: 'benefits.read' as const } };
const manage = { access: { permission: 'benefits.programs.manage' as const } };

export function registerCatalogRoutes(parent: FastifyInstance, db: Db, _deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/public/benefits/catalog',
    {
      config: { access: 'public' },
      schema: {
        tags,
        response: { 200: Type.Object({ items: Type.Array(PublicCatalogEntrySchema) }) },
      },
    },
    async () => ({ items: catalog.map(toPublicCatalogEntry) }),
  );

  app.get(
    '/api/benefits/catalog',
    {
      config: read,
      schema: {
        tags,
        response: { 200: Type.Object({ items: Type.Array(StaffCatalogEntrySchema) }) },
      },
    },
    async () => ({ items: catalog }),
  );

  app.get(
    '/api/benefits/programs/:code/criteria',
    { config: read, schema: { tags, params: ProgramParams, response: { 200: CriteriaView } } },
    async (request) => readProgramCriteria(db, actorOf(request), request.params.code),
  );

  app.put(
    '/api/benefits/programs/:code/criteria',
    {
      config: manage,
      schema: { tags, params: ProgramParams, body: CriteriaBody, response: { 200: CriteriaView } },
    },
    async (request) => saveProgramCriteria(db, actorOf(request), request.params.code, request.body),
  );
}
