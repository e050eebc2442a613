import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { canSeeCase, canWorkOnCases } from './cases.policy.js';
import { findCase, findStaffMembers, listTeamIds, type CaseRow } from './cases.repository.js';

/** The first step of every case operation: the case, if this actor may see it; else 404. */
export async function openVisibleCase(
  trx: Db,
  actor: Actor,
  id: string,
  options: { lock?: boolean; version?: number } = {},
): Promise<{ row: CaseRow; teamIds: string[] }> {
  const row = await findCase(trx, actor.centerId, id, options);
  const teamIds = row ? await listTeamIds(trx, actor.centerId, id) : [];
  if (!row || !canSeeCase(actor, { assignedWorkerId: row.assigned_worker_id, teamIds })) {
    throw new AppError('not_found');
  }
  if (options.version !== undefined && options.version !== row.version) {
    throw new AppError('stale_record');
  }
  return { row, teamIds };
}

/** Whoever carries or shares a case must be an active colleague who may read case files. */
export async function assertAssignable(
  trx: Db,
  centerId: string,
  ids: readonly string[],
  field: string,
): Promise<void> {
  const found = await findStaffMembers(trx, centerId, ids);
  const fine = new Set(
    found.filter((s) => s.status === 'active' && canWorkOnCases(s.role)).map((s) => s.id),
  );
  const bad = ids.findIndex((id) => !fine.has(id));
  if (bad !== -1) {
    const path = field.endsWith('Ids') ? `${field}.${bad}` : field;
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: path, rule: 'not_assignable' }],
    });
  }
}
