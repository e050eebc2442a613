import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { listClosures, listOverrides } from './availability.repository.js';
import { insertClosure, insertOverride } from './calendar.repository.js';
import type { ClosureBody, OverrideBody } from './calendar.schemas.js';
import { greekPublicHolidays } from './holidays.js';

/** Center closures and the yearly overrides of the national calendar. */
export async function addClosure(db: Db, actor: Actor, input: ClosureBody) {
  if (input.endsOn < input.startsOn) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.endsOn', rule: 'date_order' }],
    });
  }
  return db.transaction().execute(async (trx) => {
    const row = await insertClosure(trx, {
      center_id: actor.centerId,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      reason: input.reason,
    });
    await recordAudit(trx, actor, {
      action: 'center_closure.create',
      entity: 'center_closure',
      recordId: row.id,
    });
    return presentClosure(row);
  });
}

function presentClosure(row: { id: string; starts_on: string; ends_on: string; reason: string }) {
  return { id: row.id, startsOn: row.starts_on, endsOn: row.ends_on, reason: row.reason };
}

export async function addOverride(db: Db, actor: Actor, input: OverrideBody) {
  if ((input.kind === 'short_day') !== (input.closesAt !== undefined)) {
    const rule = input.kind === 'short_day' ? 'required' : 'additionalProperties';
    throw new AppError('validation_failed', { fieldErrors: [{ field: 'body.closesAt', rule }] });
  }
  return db.transaction().execute(async (trx) => {
    const row = await insertOverride(trx, {
      center_id: actor.centerId,
      day: input.day,
      kind: input.kind,
      closes_at: input.closesAt ?? null,
      name_el: input.name.el,
      name_en: input.name.en,
    });
    if (!row) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'body.day', rule: 'duplicate_value' }],
      });
    }
    await recordAudit(trx, actor, {
      action: 'calendar_override.create',
      entity: 'calendar_override',
      recordId: row.id,
      details: { day: row.day, kind: row.kind },
    });
    return presentOverride(row);
  });
}

function presentOverride(row: {
  id: string;
  day: string;
  kind: string;
  closes_at: string | null;
  name_el: string;
  name_en: string;
}) {
  return {
    id: row.id,
    day: row.day,
    kind: row.kind,
    closesAt: row.closes_at === null ? null : row.closes_at.slice(0, 5),
    name: { el: row.name_el, en: row.name_en },
  };
}

/** A year of the Center's calendar: national holidays, its overrides and its closures. */
export async function readCalendarYear(db: Db, centerId: string, year: number) {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const [overrides, closures] = await Promise.all([
    listOverrides(db, centerId, from, to),
    listClosures(db, centerId, from, to),
  ]);
  return {
    year,
    holidays: greekPublicHolidays(year).map((h) => ({
      day: h.day,
      name: { el: h.nameEl, en: h.nameEn },
    })),
    overrides: overrides.map(presentOverride),
    closures: closures.map(presentClosure),
  };
}
