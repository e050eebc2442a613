import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';

const Status = Type.Object({ status: Type.String() });

/** `/health`: the process answers. `/ready`: and its database answers too. */
export function registerHealthRoutes(app: FastifyInstance, db: Db): void {
  app.get(
    '/health',
    { config: { access: 'public' }, schema: { tags: ['health'], response: { 200: Status } } },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/ready',
    { config: { access: 'public' }, schema: { tags: ['health'], response: { 200: Status } } },
    async () => {
      try {
        await sql`SELECT 1`.execute(db);
      } catch (error) {
        throw new AppError('not_ready', { cause: error });
      }
      return { status: 'ready' };
    },
  );
}
