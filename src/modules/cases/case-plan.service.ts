import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { EARLIEST_DATE } from '../households/calendar-dates.js';
import { openVisibleCase } from './case-access.js';
import { caseView } from './case-view.js';
import { listGoals, replaceGoals, updateCase } from './cases.repository.js';
import type { CaseView, PutAssessmentBody, PutPlanBody } from './cases.schemas.js';

/** The assessment is revised in place; its text never leaves the case (not in audit or timeline). */
export async function saveAssessment(
  db: Db,
  actor: Actor,
  id: string,
  input: PutAssessmentBody,
): Promise<CaseView> {
  return db.transaction().execute(async (trx) => {
    await openVisibleCase(trx, actor, id, { lock: true, version: input.version });
    const updated = await updateCase(trx, actor.centerId, id, input.version, {
      assessment_needs: input.needs,
      assessment_strengths: input.strengths ?? null,
      assessment_risks: input.risks ?? null,
      assessment_updated_at: new Date(),
    });
    if (!updated) throw new AppError('stale_record');
    await recordAudit(trx, actor, { action: 'case.assessment.save', entity: 'case', recordId: id });
    return caseView(trx, actor.centerId, updated);
  });
}

/** Replaces the plan: goals sent with an id keep it (and their history in the audit log). */
export async function savePlan(
  db: Db,
  actor: Actor,
  id: string,
  input: PutPlanBody,
): Promise<CaseView> {
  return db.transaction().execute(async (trx) => {
    await openVisibleCase(trx, actor, id, { lock: true, version: input.version });
    const known = new Set((await listGoals(trx, actor.centerId, id)).map((g) => g.id));
    const errors = input.goals.flatMap((goal, index) => [
      ...(goal.id && !known.has(goal.id)
        ? [{ field: `body.goals.${index}.id`, rule: 'invalid' }]
        : []),
      ...(goal.targetDate && goal.targetDate < EARLIEST_DATE
        ? [{ field: `body.goals.${index}.targetDate`, rule: 'date_out_of_range' }]
        : []),
    ]);
    if (input.reviewDate && input.reviewDate < EARLIEST_DATE) {
      errors.push({ field: 'body.reviewDate', rule: 'date_out_of_range' });
    }
    if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
    await replaceGoals(
      trx,
      actor.centerId,
      id,
      input.goals.map((goal) => ({
        ...(goal.id ? { id: goal.id } : {}),
        description: goal.description,
        target_date: goal.targetDate ?? null,
        status: goal.status,
      })),
    );
    const updated = await updateCase(trx, actor.centerId, id, input.version, {
      plan_review_date: input.reviewDate ?? null,
      plan_updated_at: new Date(),
    });
    if (!updated) throw new AppError('stale_record');
    await recordAudit(trx, actor, {
      action: 'case.plan.save',
      entity: 'case',
      recordId: id,
      details: { goals: input.goals.map((g) => g.status) },
    });
    return caseView(trx, actor.centerId, updated);
  });
}
