import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/connection.js';
import type { ModuleDeps } from '../../../server/module-deps.js';
import { registerPublicBookingRoutes } from './public-booking.routes.js';
import { registerStaffBookingRoutes } from './staff-booking.routes.js';

export function registerBookingRoutes(app: FastifyInstance, db: Db, deps: ModuleDeps): void {
  registerPublicBookingRoutes(app, db, deps);
  registerStaffBookingRoutes(app, db, deps);
}
