import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { deleteDocumentsOfResident } from '../documents/documents.repository.js';
import { documentKey, type DocumentStorage } from '../documents/storage.js';
import { anonymiseRegistrationsOfResident } from '../events/registrations.repository.js';
import {
  ANONYMOUS_NAME,
  freeTextColumns,
  isHistoryTable,
  planResidentErasure,
} from './anonymisation-plan.js';
import { applyResidentErasure, listMergedDuplicates } from './anonymise.repository.js';
import { selectResidentRecord } from './export.repository.js';
import {
  deleteResidentRows,
  describeTable,
  discoverResidentTables,
  hasOpenCase,
  nullResidentColumns,
  type ColumnInfo,
} from './resident-tables.repository.js';

/**
 * Erasure by anonymisation (GDPR Art. 17 with the statistics exception of Art. 89): the person
 * can no longer be identified, while every row that counts in statistics stays (requests by axis
 * and month, sessions, cases, timeline). Refused while a case is open: the file is still needed
 * for the task in the public interest it serves.
 */
export async function anonymiseResident(
  db: Db,
  storage: DocumentStorage,
  actor: Actor,
  residentId: string,
  reason: string,
): Promise<{ anonymisedAt: string }> {
  const { anonymisedAt, documentIds } = await db
    .transaction()
    .execute((trx) => eraseResident(trx, actor, residentId, reason));
  await deleteStoredFiles(storage, actor.centerId, documentIds);
  return { anonymisedAt: anonymisedAt.toISOString() };
}

/**
 * The erasure itself, inside the caller's transaction. Returns the ids of the deleted documents:
 * their files are removed after commit (a rolled-back erasure must not lose files).
 */
export async function eraseResident(
  trx: Db,
  actor: Actor,
  residentId: string,
  reason: string,
): Promise<{ anonymisedAt: Date; documentIds: string[] }> {
  const record = await selectResidentRecord(trx, actor.centerId, residentId, { lock: true });
  if (!record) throw new AppError('not_found');
  if (record.anonymised_at) {
    throw new AppError('erasure_refused', { params: { reason: 'already_anonymised' } });
  }
  if (await hasOpenCase(trx, actor.centerId, residentId)) {
    throw new AppError('erasure_refused', { params: { reason: 'open_case' } });
  }
  const columns = await describeTable(trx, 'residents');
  const erase = (id: string, row: Record<string, unknown>) =>
    eraseOne(trx, actor.centerId, id, row, columns);
  const { documentIds, anonymisedAt } = await erase(residentId, record);
  // A duplicate merged into this file is the same person: it goes with it.
  if (columns.some((c) => c.name === 'merged_into')) {
    for (const duplicateId of await listMergedDuplicates(trx, actor.centerId, residentId)) {
      const duplicate = await selectResidentRecord(trx, actor.centerId, duplicateId, {
        lock: true,
      });
      if (duplicate) documentIds.push(...(await erase(duplicateId, duplicate)).documentIds);
    }
  }
  await recordAudit(trx, actor, {
    action: 'resident.anonymise',
    entity: 'resident',
    recordId: residentId,
    reason,
    details: { documentsDeleted: documentIds.length },
  });
  return { anonymisedAt, documentIds };
}

async function eraseOne(
  trx: Db,
  centerId: string,
  residentId: string,
  record: Record<string, unknown>,
  columns: ColumnInfo[],
): Promise<{ documentIds: string[]; anonymisedAt: Date }> {
  // Documents go entirely (rows and files): a file name or a scan is identity, not statistics.
  const documentIds = await deleteDocumentsOfResident(trx, centerId, residentId);
  for (const table of await discoverResidentTables(trx)) {
    if (isHistoryTable(table.name)) {
      await deleteResidentRows(trx, table.name, centerId, residentId);
      continue;
    }
    const freeText = table.columns
      .filter((c) => c.nullable && freeTextColumns.has(c.name) && isTextual(c.dataType))
      .map((c) => c.name);
    await nullResidentColumns(trx, table.name, freeText, centerId, residentId);
  }
  // Event registrations copy the name and contact into the row (people without a file register
  // too): the copy goes with the file, the registration stays for the counts.
  await anonymiseRegistrationsOfResident(trx, centerId, residentId, ANONYMOUS_NAME);
  const names = new Set(columns.map((c) => c.name));
  const birthDate = typeof record.birth_date === 'string' ? record.birth_date : null;
  const plan = planResidentErasure(columns, birthDate);
  const anonymisedAt = await applyResidentErasure(trx, centerId, residentId, plan, {
    hasVersion: names.has('version'),
    hasUpdatedAt: names.has('updated_at'),
  });
  return { documentIds, anonymisedAt };
}

function isTextual(dataType: string): boolean {
  return ['text', 'character varying', 'jsonb', 'json'].includes(dataType);
}

/** Best effort after commit: a file left behind has no row and no name, and is logged by the caller. */
export async function deleteStoredFiles(
  storage: DocumentStorage,
  centerId: string,
  documentIds: string[],
): Promise<void> {
  for (const id of documentIds) await storage.delete(documentKey(centerId, id));
}
