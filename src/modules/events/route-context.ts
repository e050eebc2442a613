import type { FastifyRequest } from 'fastify';
import { originOf } from '../appointments/booking/route-context.js';
import { pickLanguage } from '../../server/i18n/language.js';
import type { ModuleDeps } from '../../server/module-deps.js';
import type { PublicEventContext } from './public-events.service.js';

/**
 * What registration needs from the request: the key ring for links, the portal origin they
 * point to (PUBLIC_URL when set, else where the request came from), the clock and the
 * reminder window.
 */
export function eventContext(request: FastifyRequest, deps: ModuleDeps): PublicEventContext {
  return {
    keyRing: deps.keyRing,
    origin: deps.config.publicUrl ?? originOf(request),
    now: new Date(),
    reminderHoursBefore: deps.config.reminderHoursBefore,
    ip: request.ip,
    language: pickLanguage(request.headers['accept-language']),
  };
}
