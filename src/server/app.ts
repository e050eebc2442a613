import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Db } from '../db/connection.js';
import { AppError } from '../lib/app-error.js';
import type { KeyRing } from '../lib/crypto.js';
import { registerAuditRoutes } from '../modules/audit/audit.routes.js';
import type { AuthSettings } from '../modules/auth/auth-settings.js';
import { registerAuthRoutes } from '../modules/auth/auth.routes.js';
import { registerCenterRoutes } from '../modules/centers/centers.routes.js';
import { registerStaffRoutes } from '../modules/staff/staff.routes.js';
import { registerCaseRoutes } from '../modules/cases/cases.routes.js';
import { registerCounselingRoutes } from '../modules/counseling/counseling.routes.js';
import { registerDocumentRoutes } from '../modules/documents/documents.routes.js';
import { registerGdprRoutes } from '../modules/gdpr/gdpr.routes.js';
import { registerHouseholdRoutes } from '../modules/households/households.routes.js';
import { registerRequestRoutes } from '../modules/requests/requests.routes.js';
import { registerResidentRoutes } from '../modules/residents/residents.routes.js';
import { registerTimelineRoutes } from '../modules/timeline/timeline.routes.js';
import { registerApplicationRoutes } from '../modules/applications/applications.routes.js';
import { registerBookingRoutes } from '../modules/appointments/booking/booking.routes.js';
import { registerCalendarRoutes } from '../modules/appointments/calendar/calendar.routes.js';
import { registerCatalogRoutes } from '../modules/benefits/catalog/catalog.routes.js';
import { registerBenefitRulesRoutes } from '../modules/benefits/rules/rules.routes.js';
import { registerScreeningRoutes } from '../modules/benefits/screening/screening.routes.js';
import { registerDirectoryRoutes } from '../modules/directory/directory.routes.js';
import { registerEventRoutes } from '../modules/events/events.routes.js';
import { registerReferralRoutes } from '../modules/referrals/referrals.routes.js';
import { registerReportRoutes } from '../modules/reports/reports.routes.js';
import type { ModuleDeps } from './module-deps.js';
import type { Config } from './config.js';
import { registerAccessControl } from './plugins/access.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerHealthRoutes } from './plugins/health.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerSecurityHeaders } from './plugins/security.js';
import { registerTextInputGuard } from './plugins/text-input.js';
import { registerWebApp } from './plugins/web.js';
import { readPackageVersion } from './version.js';

export interface AppDeps {
  config: Readonly<Config>;
  db: Db;
  keyRing: KeyRing;
  logger?: FastifyServerOptions['logger'];
}

/**
 * Builds the HTTP application. Tiers in order: external plugins (cookies, headers, rate limits,
 * OpenAPI), then our cross-cutting plugins (errors, access control), then the feature routes,
 * then the web app that catches everything else.
 */
export async function buildApp({ config, db, keyRing, logger }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel, serializers: { req: describeRequest } },
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array' } },
  });

  // One line per request, with the route pattern rather than the URL: paths and query strings
  // can carry personal data (a search for a name, an ΑΜΚΑ), patterns cannot.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  const settings: AuthSettings = {
    maxFailures: config.loginMaxFailures,
    lockoutMinutes: config.loginLockoutMinutes,
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
    keyRing,
  };

  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('rate_limited'),
  });
  await registerSecurityHeaders(app);
  await registerOpenApi(app, readPackageVersion());
  registerErrorHandling(app);
  registerAccessControl(app, db, settings);
  registerTextInputGuard(app);

  registerHealthRoutes(app, db);
  registerAuthRoutes(app, db, settings, config.loginRateLimitPerMinute);
  registerCenterRoutes(app, db);
  registerStaffRoutes(app, db);
  registerAuditRoutes(app, db);

  const deps: ModuleDeps = { config, keyRing };
  registerResidentRoutes(app, db, deps);
  registerHouseholdRoutes(app, db, deps);
  registerTimelineRoutes(app, db);
  registerCaseRoutes(app, db, deps);
  registerRequestRoutes(app, db, deps);
  registerCounselingRoutes(app, db, deps);
  registerDocumentRoutes(app, db, deps);
  registerGdprRoutes(app, db, deps);
  registerBenefitRulesRoutes(app, db, deps);
  registerCatalogRoutes(app, db, deps);
  registerScreeningRoutes(app, db, deps);
  registerApplicationRoutes(app, db, deps);
  registerCalendarRoutes(app, db, deps);
  registerBookingRoutes(app, db, deps);
  registerDirectoryRoutes(app, db, deps);
  registerReferralRoutes(app, db, deps);
  registerEventRoutes(app, db, deps);
  registerReportRoutes(app, db, deps);

  await registerWebApp(app, config.webDir);
  return app;
}

function describeRequest(request: { method: string; url: string; id: string }) {
  return { id: request.id, method: request.method, path: request.url.split('?')[0] };
}
