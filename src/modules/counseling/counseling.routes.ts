import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import { actorOf } from '../../server/plugins/access.js';
import { registerNotificationRoutes } from '../notifications/notifications.routes.js';
import { grantNoteAccess, revokeNoteAccess } from './counseling-grants.service.js';
import { breakGlass, readNote, writeNote } from './counseling-notes.service.js';
import {
  BreakGlassBody,
  CreateSessionBody,
  GrantBody,
  GrantParams,
  ListSessionsQuery,
  NoteView,
  SessionIdParams,
  SessionView,
  UpdateNoteBody,
} from './counseling.schemas.js';
import { createSession, listSessions } from './counseling.service.js';

const tags = ['counseling'];
const seeSessions = { access: { permission: 'counseling.sessions.read' as const } };
const writeNotes = { access: { permission: 'counseling.notes.write' as const } };

/**
 * Counseling sessions and their sealed notes. The note routes are open to every role that sees
 * sessions, so that reception and the coordinator get the explicit 403 `sealed` of the policy
 * (counseling.policy.ts) rather than a bare `forbidden`. Notifications ride along here because
 * break-glass is their first producer.
 */
export function registerCounselingRoutes(parent: FastifyInstance, db: Db, deps: ModuleDeps): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { keyRing } = deps;

  app.post(
    '/api/counseling/sessions',
    {
      config: { access: { permission: 'counseling.sessions.write' } },
      schema: { tags, body: CreateSessionBody, response: { 201: SessionView } },
    },
    async (request, reply) =>
      reply.code(201).send(await createSession(db, keyRing, actorOf(request), request.body)),
  );

  app.get(
    '/api/counseling/sessions',
    {
      config: seeSessions,
      schema: {
        tags,
        querystring: ListSessionsQuery,
        response: { 200: Type.Object({ items: Type.Array(SessionView) }) },
      },
    },
    async (request) => ({ items: await listSessions(db, actorOf(request), request.query) }),
  );

  app.get(
    '/api/counseling/sessions/:id/note',
    { config: seeSessions, schema: { tags, params: SessionIdParams, response: { 200: NoteView } } },
    async (request) => readNote(db, keyRing, actorOf(request), request.params.id),
  );

  app.put(
    '/api/counseling/sessions/:id/note',
    {
      config: writeNotes,
      schema: { tags, params: SessionIdParams, body: UpdateNoteBody, response: { 200: NoteView } },
    },
    async (request) => writeNote(db, keyRing, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/counseling/sessions/:id/grants',
    {
      config: writeNotes,
      schema: { tags, params: SessionIdParams, body: GrantBody, response: { 200: SessionView } },
    },
    async (request) =>
      grantNoteAccess(db, actorOf(request), request.params.id, request.body.staffId),
  );

  app.delete(
    '/api/counseling/sessions/:id/grants/:staffId',
    { config: writeNotes, schema: { tags, params: GrantParams, response: { 200: SessionView } } },
    async (request) =>
      revokeNoteAccess(db, actorOf(request), request.params.id, request.params.staffId),
  );

  app.post(
    '/api/counseling/sessions/:id/break-glass',
    {
      config: { access: { permission: 'counseling.notes.break_glass' } },
      schema: { tags, params: SessionIdParams, body: BreakGlassBody, response: { 200: NoteView } },
    },
    async (request) =>
      breakGlass(db, keyRing, actorOf(request), request.params.id, request.body.reason),
  );

  registerNotificationRoutes(app, db);
}
