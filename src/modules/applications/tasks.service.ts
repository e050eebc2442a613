import type { Db } from '../../db/connection.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { addMonths } from './application-flow.js';
import { listDatedApplications } from './applications.repository.js';
import type { TasksQuery } from './applications.schemas.js';
import { dueTasks, TASK_HORIZON_DAYS, type Task } from './tasks.js';
import { todayAtCenter } from './today.js';

/** Deadlines and renewals due within 30 days or overdue; `mine` keeps the caller's own. */
export async function findTasks(db: Db, actor: Actor, query: TasksQuery): Promise<Task[]> {
  const today = todayAtCenter();
  // Two months bound the query; dueTasks applies the exact 30-day horizon.
  const until = addMonths(today, 2);
  return db.transaction().execute(async (trx) => {
    const rows = await listDatedApplications(trx, actor.centerId, {
      until,
      assignedTo: query.mine ? (actor.staffId ?? undefined) : undefined,
    });
    const tasks = dueTasks(
      rows.map((r) => ({
        id: r.id,
        residentId: r.resident_id,
        residentName: r.resident_name,
        benefit: r.benefit,
        status: r.status,
        deadline: r.deadline,
        renewalDue: r.renewal_due,
        assignedTo: r.assigned_to
          ? { id: r.assigned_to, displayName: r.assigned_name ?? '' }
          : null,
      })),
      today,
      TASK_HORIZON_DAYS,
    );
    await recordAudit(trx, actor, {
      action: 'application.tasks.list',
      entity: 'application',
      details: { mine: query.mine ?? false, count: tasks.length },
    });
    return tasks;
  });
}
