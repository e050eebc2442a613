import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import { findAppointment } from './appointments.repository.js';
import { factsOf } from './book-appointment.js';
import { appointmentLinks, presentConfirmation } from './booking.presenter.js';
import type { Confirmation } from './booking.schemas.js';
import { cancelAppointment, moveAppointment } from './change-appointment.js';
import { publicActor, type PublicContext } from './public-booking.service.js';
import { verifyLink, type LinkAction } from './signed-links.js';

/** The Center a signed link grants `actions` in; anything else is the same 403, changing nothing. */
function grantOf(ctx: PublicContext, id: string, token: string, actions: readonly LinkAction[]) {
  const now = ctx.now ?? new Date();
  for (const action of actions) {
    const grant = verifyLink(ctx.keyRing, token, { recordId: id, action }, now);
    if (grant) return grant;
  }
  throw new AppError('link_invalid', { field: 'token' });
}

export async function viewByLink(
  db: Db,
  ctx: PublicContext,
  id: string,
  token: string,
): Promise<Confirmation> {
  const { centerId } = grantOf(ctx, id, token, ['view', 'cancel', 'move']);
  const row = await findAppointment(db, centerId, id);
  if (!row) throw new AppError('link_invalid', { field: 'token' });
  return presentConfirmation(await factsOf(db, centerId, row), null);
}

export async function cancelByLink(db: Db, ctx: PublicContext, id: string, token: string) {
  const { centerId } = grantOf(ctx, id, token, ['cancel']);
  const facts = await cancelAppointment(db, publicActor(centerId, ctx.ip), id, changeContext(ctx));
  return presentConfirmation(facts, null);
}

export async function moveByLink(
  db: Db,
  ctx: PublicContext,
  id: string,
  token: string,
  startsAt: Date,
) {
  const { centerId } = grantOf(ctx, id, token, ['move']);
  const facts = await moveAppointment(
    db,
    publicActor(centerId, ctx.ip),
    id,
    { startsAt },
    changeContext(ctx),
  );
  return presentConfirmation(facts, appointmentLinks(ctx, facts.row));
}

function changeContext(ctx: PublicContext) {
  return { ...ctx, now: ctx.now ?? new Date(), publicOnly: true };
}
