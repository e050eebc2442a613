import type { Updateable } from 'kysely';
import { catalogEntry } from '../benefits/catalog/catalog-data.js';
import { assertTransition, datesOnEntering, tickChecklist } from './application-flow.js';
import type { ApplicationRow } from './applications.repository.js';
import type { UpdateApplicationBody } from './applications.schemas.js';
import type { ApplicationsTable } from './applications.tables.js';

/**
 * The row an edit leads to: fields the caller sent replace the stored ones (`null` clears), the
 * status moves only along the flow, and entering a status fills the dates it implies.
 */
export function applyChanges(
  row: ApplicationRow,
  input: UpdateApplicationBody,
  today: string,
): Updateable<ApplicationsTable> & { status: ApplicationRow['status'] } {
  const to = input.status ?? row.status;
  assertTransition(row.status, to);
  const decision = input.decision;
  const current = {
    submittedAt: pick(input.submittedAt, row.submitted_at),
    decidedAt:
      decision === undefined
        ? row.decided_at
        : decision && (decision.decidedAt ?? row.decided_at ?? today),
    renewalDue: pick(input.renewalDue, row.renewal_due),
  };
  const dates =
    to === row.status
      ? current
      : datesOnEntering(to, current, today, catalogEntry(row.benefit).renewalMonths);
  const storedAmount = row.decision_amount === null ? null : Number(row.decision_amount);
  return {
    status: to,
    checklist: JSON.stringify(
      input.checklist ? tickChecklist(row.checklist, input.checklist) : row.checklist,
    ),
    submitted_at: dates.submittedAt,
    platform: pick(input.platform, row.platform),
    protocol_number: pick(input.protocolNumber, row.protocol_number),
    decision_amount: decision === undefined ? storedAmount : (decision?.amount ?? null),
    decision_reason: decision === undefined ? row.decision_reason : (decision?.reason ?? null),
    decided_at: dates.decidedAt,
    renewal_due: dates.renewalDue,
    deadline: pick(input.deadline, row.deadline),
    assigned_to: pick(input.assignedTo, row.assigned_to),
    notes: pick(input.notes, row.notes),
  };
}

/** The new value when the caller sent one (null clears), else the stored one. */
function pick<T>(value: T | null | undefined, stored: T | null): T | null {
  return value === undefined ? stored : value;
}
