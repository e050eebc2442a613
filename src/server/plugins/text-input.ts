import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error.js';

const MAX_DEPTH = 20;

/**
 * The dotted path of the first string holding a NUL character (U+0000), or null. PostgreSQL
 * refuses NUL in `text`, so such input would fail deep in a write with a 500; it is refused here,
 * before any route runs, naming the field like every other validation error.
 */
export function findNulCharacter(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return null;
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  for (const [key, item] of entries) {
    const found = findNulCharacter(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

export function registerTextInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field =
      findNulCharacter(request.params, 'params') ??
      findNulCharacter(request.query, 'querystring') ??
      findNulCharacter(request.body, 'body');
    if (field) {
      throw new AppError('validation_failed', { fieldErrors: [{ field, rule: 'invalid' }] });
    }
  });
}
