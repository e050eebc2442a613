import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppointmentTypeRow } from './availability.repository.js';
import {
  countStaffOfCenter,
  insertType,
  listProvidersOfTypes,
  listTypes,
  replaceProviders,
  updateType,
} from './calendar.repository.js';
import type { AppointmentTypeView, CreateTypeBody, UpdateTypeBody } from './calendar.schemas.js';

function presentType(row: AppointmentTypeRow, providerIds: string[]): AppointmentTypeView {
  return {
    id: row.id,
    name: { el: row.name_el, en: row.name_en },
    durationMinutes: row.duration_minutes,
    bufferMinutes: row.buffer_minutes,
    mode: row.mode,
    public: row.public,
    minNoticeMinutes: row.min_notice_minutes,
    maxDaysAhead: row.max_days_ahead,
    dailyCap: row.daily_cap,
    providerRoles: row.provider_roles,
    providerIds,
    active: row.active,
    version: row.version,
  };
}

async function assertStaffOfCenter(trx: Db, centerId: string, ids: readonly string[]) {
  if ((await countStaffOfCenter(trx, centerId, ids)) !== ids.length) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.providerIds', rule: 'invalid' }],
    });
  }
}

export async function createAppointmentType(
  db: Db,
  actor: Actor,
  input: CreateTypeBody,
): Promise<AppointmentTypeView> {
  return db.transaction().execute(async (trx) => {
    const providerIds = input.providerIds ?? [];
    await assertStaffOfCenter(trx, actor.centerId, providerIds);
    const row = await insertType(trx, {
      center_id: actor.centerId,
      name_el: input.name.el,
      name_en: input.name.en,
      duration_minutes: input.durationMinutes,
      buffer_minutes: input.bufferMinutes,
      mode: input.mode,
      public: input.public,
      min_notice_minutes: input.minNoticeMinutes,
      max_days_ahead: input.maxDaysAhead,
      daily_cap: input.dailyCap ?? null,
      provider_roles: input.providerRoles,
    });
    await replaceProviders(trx, actor.centerId, row.id, providerIds);
    await recordAudit(trx, actor, {
      action: 'appointment_type.create',
      entity: 'appointment_type',
      recordId: row.id,
    });
    return presentType(row, providerIds);
  });
}

export async function changeAppointmentType(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateTypeBody,
): Promise<AppointmentTypeView> {
  return db.transaction().execute(async (trx) => {
    if (input.providerIds) await assertStaffOfCenter(trx, actor.centerId, input.providerIds);
    const row = await updateType(trx, actor.centerId, id, input.version, {
      name_el: input.name?.el,
      name_en: input.name?.en,
      duration_minutes: input.durationMinutes,
      buffer_minutes: input.bufferMinutes,
      mode: input.mode,
      public: input.public,
      min_notice_minutes: input.minNoticeMinutes,
      max_days_ahead: input.maxDaysAhead,
      daily_cap: input.dailyCap,
      provider_roles: input.providerRoles,
      active: input.active,
    });
    if (!row) {
      const exists = (await listTypes(trx, actor.centerId)).some((t) => t.id === id);
      throw new AppError(exists ? 'stale_record' : 'not_found');
    }
    if (input.providerIds) await replaceProviders(trx, actor.centerId, id, input.providerIds);
    await recordAudit(trx, actor, {
      action: 'appointment_type.update',
      entity: 'appointment_type',
      recordId: id,
      details: { changed: Object.keys(input).filter((k) => k !== 'version') },
    });
    const providers = await listProvidersOfTypes(trx, actor.centerId);
    return presentType(row, providers.get(id) ?? []);
  });
}

export async function findAppointmentTypes(
  db: Db,
  centerId: string,
): Promise<AppointmentTypeView[]> {
  const [rows, providers] = await Promise.all([
    listTypes(db, centerId),
    listProvidersOfTypes(db, centerId),
  ]);
  return rows.map((row) => presentType(row, providers.get(row.id) ?? []));
}

/** What the public portal shows: active public types, without staff or booking rules. */
export async function findPublicAppointmentTypes(db: Db, centerId: string) {
  const rows = await listTypes(db, centerId, { publicOnly: true });
  return rows.map((row) => ({
    id: row.id,
    name: { el: row.name_el, en: row.name_en },
    durationMinutes: row.duration_minutes,
    mode: row.mode,
  }));
}
