import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';
import {
  IdParams,
  PublicListQuery,
  PublicServiceList,
  PublicServiceQuery,
  PublicServiceView,
} from './directory.schemas.js';
import { listPublicServices, readPublicService } from './directory.service.js';

const tags = ['directory'];
/** The portal's directory: read only, no sign-in; the Center's own entries and shared ones. */
const open = { access: 'public' as const };

export function registerPublicDirectoryRoutes(parent: FastifyInstance, db: Db): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/public/directory',
    {
      config: open,
      schema: { tags, querystring: PublicListQuery, response: { 200: PublicServiceList } },
    },
    async (request) => {
      const { center, ...query } = request.query;
      return listPublicServices(db, center, query);
    },
  );

  app.get(
    '/api/public/directory/services/:id',
    {
      config: open,
      schema: {
        tags,
        params: IdParams,
        querystring: PublicServiceQuery,
        response: { 200: PublicServiceView },
      },
    },
    async (request) => readPublicService(db, request.query.center, request.params.id),
  );
}
