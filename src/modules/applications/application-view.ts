import type { Language } from '../../server/i18n/language.js';
import { catalogEntry } from '../benefits/catalog/catalog-data.js';
import { documentLabels } from '../benefits/catalog/catalog-documents.js';
import type { DocumentCode } from '../benefits/catalog/catalog-types.js';
import type { ApplicationRow } from './applications.repository.js';
import type { ApplicationView } from './applications.schemas.js';

/** An application row in the API shape, checklist labels in the reader's language. */
export function presentApplication(row: ApplicationRow, lang: Language): ApplicationView {
  const labels = new Map(catalogEntry(row.benefit).documents.map((d) => [d.code, d.label]));
  return {
    id: row.id,
    residentId: row.resident_id,
    benefit: row.benefit,
    status: row.status,
    checklist: row.checklist.map((item) => ({
      code: item.code,
      label:
        (labels.get(item.code as DocumentCode) ?? documentLabels[item.code as DocumentCode])?.[
          lang
        ] ?? item.code,
      done: item.done,
    })),
    submittedAt: row.submitted_at,
    platform: row.platform,
    protocolNumber: row.protocol_number,
    decision: row.decided_at
      ? {
          amount: row.decision_amount === null ? null : Number(row.decision_amount),
          reason: row.decision_reason,
          decidedAt: row.decided_at,
        }
      : null,
    renewalDue: row.renewal_due,
    deadline: row.deadline,
    assignedTo: row.assigned_to
      ? { id: row.assigned_to, displayName: row.assigned_name ?? '' }
      : null,
    notes: row.notes,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}
