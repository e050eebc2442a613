import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/connection.js';
import { randomToken } from '../../lib/crypto.js';
import {
  clearSessionCookies,
  CSRF_COOKIE,
  requireAuth,
  setSessionCookies,
} from '../../server/plugins/access.js';
import {
  changeOwnPassword,
  confirmTotpEnrollment,
  signOut,
  startTotpEnrollment,
} from './account.service.js';
import type { AuthSettings } from './auth-settings.js';
import {
  ChangePasswordBody,
  CodeBody,
  CsrfView,
  LoginBody,
  SessionViewSchema,
  TotpEnrollmentView,
} from './auth.schemas.js';
import { presentSession, type ResolvedSession } from './session.service.js';
import { signIn, verifySignInCode } from './sign-in.service.js';

const tags = ['auth'];

export function registerAuthRoutes(
  parent: FastifyInstance,
  db: Db,
  settings: AuthSettings,
  loginRateLimitPerMinute: number,
): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const cookieMaxAge = settings.absoluteHours * 3600;
  const rateLimit = { max: loginRateLimitPerMinute, timeWindow: '1 minute' };

  const respondWithSession = async (
    request: FastifyRequest,
    reply: FastifyReply,
    resolved: ResolvedSession,
  ) => {
    setSessionCookies(request, reply, { csrf: resolved.session.csrf_token }, cookieMaxAge);
    return presentSession(db, resolved);
  };

  app.get(
    '/api/auth/csrf',
    { config: { access: 'public' }, schema: { tags, response: { 200: CsrfView } } },
    async (request, reply) => {
      const csrfToken = request.cookies[CSRF_COOKIE] ?? randomToken(24);
      setSessionCookies(request, reply, { csrf: csrfToken }, cookieMaxAge);
      return { csrfToken };
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit },
      schema: { tags, body: LoginBody, response: { 200: SessionViewSchema } },
    },
    async (request, reply) => {
      const { cookieValue, resolved } = await signIn(db, settings, {
        ...request.body,
        ip: request.ip,
      });
      setSessionCookies(
        request,
        reply,
        { session: cookieValue, csrf: resolved.session.csrf_token },
        cookieMaxAge,
      );
      return presentSession(db, resolved);
    },
  );

  app.get(
    '/api/auth/session',
    { config: { access: 'any-session' }, schema: { tags, response: { 200: SessionViewSchema } } },
    async (request, reply) => respondWithSession(request, reply, requireAuth(request)),
  );

  app.post(
    '/api/auth/totp',
    {
      config: { access: 'any-session', rateLimit },
      schema: { tags, body: CodeBody, response: { 200: SessionViewSchema } },
    },
    async (request, reply) => {
      const resolved = await verifySignInCode(
        db,
        settings,
        requireAuth(request),
        request.body.code,
        request.ip,
      );
      return respondWithSession(request, reply, resolved);
    },
  );

  app.get(
    '/api/auth/totp/enrollment',
    { config: { access: 'any-session' }, schema: { tags, response: { 200: TotpEnrollmentView } } },
    async (request) => startTotpEnrollment(db, settings, requireAuth(request)),
  );

  app.post(
    '/api/auth/totp/enrollment',
    {
      config: { access: 'any-session', rateLimit },
      schema: { tags, body: CodeBody, response: { 200: SessionViewSchema } },
    },
    async (request, reply) => {
      const resolved = await confirmTotpEnrollment(
        db,
        settings,
        requireAuth(request),
        request.body.code,
        request.ip,
      );
      return respondWithSession(request, reply, resolved);
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'any-session', rateLimit },
      schema: { tags, body: ChangePasswordBody, response: { 200: SessionViewSchema } },
    },
    async (request, reply) => {
      const resolved = await changeOwnPassword(db, requireAuth(request), request.body, request.ip);
      return respondWithSession(request, reply, resolved);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'any-session' }, schema: { tags, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await signOut(db, requireAuth(request), request.ip);
      clearSessionCookies(reply);
      return reply.code(204).send(null);
    },
  );
}
