import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { presentCenterSettings, presentPublicCenter, toCenterValues } from './centers.presenter.js';
import {
  countCenters,
  findCenterById,
  findCenterBySlug,
  findFirstCenter,
  updateCenter,
} from './centers.repository.js';
import type { CenterSettingsUpdate } from './centers.schemas.js';

export async function getPublicCenter(db: Db, slug: string | undefined) {
  const center = slug ? await findCenterBySlug(db, slug) : await findFirstCenter(db);
  if (!center) throw new AppError('not_found');
  return presentPublicCenter(center, (await countCenters(db)) > 1);
}

export async function getCenterSettings(db: Db, actor: Actor) {
  const center = await findCenterById(db, actor.centerId);
  if (!center) throw new AppError('not_found');
  return presentCenterSettings(center);
}

export async function updateCenterSettings(db: Db, actor: Actor, settings: CenterSettingsUpdate) {
  return db.transaction().execute(async (trx) => {
    const before = await findCenterById(trx, actor.centerId);
    if (!before) throw new AppError('not_found');
    const after = await updateCenter(trx, actor.centerId, toCenterValues(settings));
    await recordAudit(trx, actor, {
      action: 'center.settings.update',
      entity: 'center',
      recordId: actor.centerId,
      details: {
        changed: changedFields(presentCenterSettings(before), presentCenterSettings(after)),
      },
    });
    return presentCenterSettings(after);
  });
}

function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return Object.keys(b).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
