import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { roleHasPermission } from '../auth/permissions.js';

/** The list behind a number names residents: it needs `residents.read` on top of `reports.read`. */
export function assertMayDrill(actor: Actor): void {
  if (!actor.role || !roleHasPermission(actor.role, 'residents.read')) {
    throw new AppError('forbidden');
  }
}
