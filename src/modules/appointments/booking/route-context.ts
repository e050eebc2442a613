import type { FastifyRequest } from 'fastify';
import { pickLanguage } from '../../../server/i18n/language.js';
import type { ModuleDeps } from '../../../server/module-deps.js';
import type { PublicContext } from './public-booking.service.js';

/**
 * Links in answers and e-mails point back to the portal the request came through. Behind a proxy
 * this relies on TRUST_PROXY for the forwarded host; see the report on PUBLIC_BASE_URL.
 */
export function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export function publicContext(request: FastifyRequest, deps: ModuleDeps): PublicContext {
  return {
    keyRing: deps.keyRing,
    origin: originOf(request),
    ip: request.ip,
    language: pickLanguage(request.headers['accept-language']),
  };
}
