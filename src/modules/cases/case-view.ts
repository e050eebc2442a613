import type { Db } from '../../db/connection.js';
import { findResidentById } from '../residents/residents.repository.js';
import { findStaffMembers, listGoals, listTeamIds, type CaseRow } from './cases.repository.js';
import type { CaseView } from './cases.schemas.js';

/** Gathers a case's resident name, people and plan into the API shape. */
export async function caseView(trx: Db, centerId: string, row: CaseRow): Promise<CaseView> {
  const teamIds = await listTeamIds(trx, centerId, row.id);
  const ids = row.assigned_worker_id ? [row.assigned_worker_id, ...teamIds] : teamIds;
  const staff = new Map(
    (await findStaffMembers(trx, centerId, ids)).map((s) => [s.id, s.display_name]),
  );
  const resident = await findResidentById(trx, centerId, row.resident_id);
  const goals = await listGoals(trx, centerId, row.id);
  const ref = (id: string) => ({ id, displayName: staff.get(id) ?? '' });
  return {
    id: row.id,
    residentId: row.resident_id,
    residentName: resident ? `${resident.surname} ${resident.given_name}` : '',
    householdId: row.household_id,
    topics: row.topics,
    status: row.status,
    outcome: row.outcome,
    assignedWorker: row.assigned_worker_id ? ref(row.assigned_worker_id) : null,
    team: teamIds.map(ref),
    assessment:
      row.assessment_needs && row.assessment_updated_at
        ? {
            needs: row.assessment_needs,
            strengths: row.assessment_strengths,
            risks: row.assessment_risks,
            updatedAt: row.assessment_updated_at.toISOString(),
          }
        : null,
    plan: row.plan_updated_at
      ? {
          goals: goals.map((g) => ({
            id: g.id,
            description: g.description,
            targetDate: g.target_date,
            status: g.status,
          })),
          reviewDate: row.plan_review_date,
          updatedAt: row.plan_updated_at.toISOString(),
        }
      : null,
    openedAt: row.opened_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    version: row.version,
  };
}
