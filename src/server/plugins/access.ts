import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../../modules/auth/actor.js';
import type { AuthSettings } from '../../modules/auth/auth-settings.js';
import { roleHasPermission, type Permission } from '../../modules/auth/permissions.js';
import { resolveSession, type ResolvedSession } from '../../modules/auth/session.service.js';

/**
 * What a route requires, declared on every /api route (deny by default: a route without it
 * cannot even be registered):
 * - `public`: anyone;
 * - `any-session`: a session at any sign-in step (the sign-in steps themselves, sign-out);
 * - `active-session`: a fully signed-in person, whatever the role;
 * - `{ permission }`: a fully signed-in person whose role grants the permission.
 */
export type RouteAccess = 'public' | 'any-session' | 'active-session' | { permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: ResolvedSession | null;
  }
}

export const SESSION_COOKIE = 'kt_session';
export const CSRF_COOKIE = 'kt_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isApiRoute(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url === '/health' || url === '/ready';
}

export function registerAccessControl(app: FastifyInstance, db: Db, settings: AuthSettings): void {
  app.decorateRequest('auth', null);

  app.addHook('onRoute', (route) => {
    if (isApiRoute(route.url) && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} does not declare its access`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;
    if (access !== 'public') {
      const cookie = request.cookies[SESSION_COOKIE];
      if (!cookie) throw new AppError('not_signed_in');
      request.auth = await resolveSession(db, settings, cookie);
      assertAllowed(request.auth, access);
    }
    if (!SAFE_METHODS.has(request.method)) assertCsrf(request);
  });
}

function assertAllowed(resolved: ResolvedSession, access: Exclude<RouteAccess, 'public'>): void {
  if (access === 'any-session') return;
  if (resolved.session.stage !== 'active') throw new AppError('wrong_sign_in_step');
  if (access === 'active-session') return;
  if (!roleHasPermission(resolved.staff.role, access.permission)) throw new AppError('forbidden');
}

/**
 * Signed-in requests must echo their session's CSRF token; requests before sign-in must echo the
 * `kt_csrf` cookie (double submit). Both cookies are SameSite=Strict as well.
 */
function assertCsrf(request: FastifyRequest): void {
  const sent = request.headers[CSRF_HEADER];
  const expected = request.auth?.session.csrf_token ?? request.cookies[CSRF_COOKIE];
  if (typeof sent !== 'string' || !expected || !safeEqual(sent, expected)) {
    throw new AppError('csrf_failed');
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The signed-in person as services see them. Only called on routes that require a session. */
export function actorOf(request: FastifyRequest): Actor {
  const auth = request.auth;
  if (!auth) throw new AppError('not_signed_in');
  return {
    centerId: auth.staff.center_id,
    staffId: auth.staff.id,
    role: auth.staff.role,
    ip: request.ip,
  };
}

export function requireAuth(request: FastifyRequest): ResolvedSession {
  if (!request.auth) throw new AppError('not_signed_in');
  return request.auth;
}

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  values: { session?: string; csrf: string },
  maxAgeSeconds: number,
): void {
  const base = { path: '/', sameSite: 'strict' as const, secure: request.protocol === 'https' };
  if (values.session !== undefined) {
    reply.setCookie(SESSION_COOKIE, values.session, {
      ...base,
      httpOnly: true,
      maxAge: maxAgeSeconds,
    });
  }
  reply.setCookie(CSRF_COOKIE, values.csrf, { ...base, httpOnly: false, maxAge: maxAgeSeconds });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
