import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import { cleanFileName, judgeMediaType, sha256Hex } from './document-content.js';
import { presentDocument } from './documents.presenter.js';
import {
  caseBelongsToResident,
  findDocument,
  findLiveResident,
  insertDocument,
  listDocumentsOfResident,
} from './documents.repository.js';
import type { DocumentView, UploadInput } from './documents.schemas.js';
import { documentTypes, type DocumentType } from './documents.tables.js';
import { documentKey, type DocumentStorage } from './storage.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Stores a document after judging its content. The file is written inside the transaction, after
 * the row, so a failed write rolls the row back; a failed commit removes the file again.
 */
export async function addDocument(
  db: Db,
  storage: DocumentStorage,
  actor: Actor,
  residentId: string,
  input: UploadInput,
  maxMb: number,
): Promise<DocumentView> {
  const staffId = actor.staffId;
  if (!staffId) throw new AppError('not_signed_in');
  const type = checkFields(input);
  const mediaType = await judgeMediaType(input.bytes);
  if (!mediaType) throw new AppError('upload_rejected', { field: 'body.file', params: { maxMb } });
  const id = randomUUID();
  const key = documentKey(actor.centerId, id);
  let stored = false;
  try {
    return await db.transaction().execute(async (trx) => {
      const resident = await findLiveResident(trx, actor.centerId, residentId);
      if (!resident) throw new AppError('not_found');
      if (resident.anonymised) throw new AppError('conflict');
      if (
        input.caseId &&
        !(await caseBelongsToResident(trx, actor.centerId, input.caseId, residentId))
      ) {
        throw new AppError('validation_failed', {
          fieldErrors: [{ field: 'body.caseId', rule: 'invalid' }],
        });
      }
      const row = await insertDocument(trx, {
        center_id: actor.centerId,
        id,
        resident_id: residentId,
        case_id: input.caseId ?? null,
        type,
        file_name: cleanFileName(input.fileName, mediaType),
        media_type: mediaType,
        size_bytes: input.bytes.length,
        sha256: sha256Hex(input.bytes),
        uploaded_by: staffId,
      });
      // The timeline shows the kind of document, not its name (names often carry other people's).
      await addTimelineEntry(trx, actor, {
        residentId,
        kind: 'document.added',
        sourceId: id,
        caseId: row.case_id,
        details: { type },
      });
      await recordAudit(trx, actor, {
        action: 'document.create',
        entity: 'document',
        recordId: id,
        details: { residentId, type, mediaType, sizeBytes: row.size_bytes },
      });
      await storage.put(key, input.bytes);
      stored = true;
      return presentDocument(row);
    });
  } catch (error) {
    if (stored) await storage.delete(key);
    throw error;
  }
}

function checkFields(input: UploadInput): DocumentType {
  const fieldErrors = [];
  const type = documentTypes.find((t) => t === input.type);
  if (input.type === undefined) fieldErrors.push({ field: 'body.type', rule: 'required' });
  else if (!type) fieldErrors.push({ field: 'body.type', rule: 'enum' });
  if (input.caseId !== undefined && !uuidPattern.test(input.caseId)) {
    fieldErrors.push({ field: 'body.caseId', rule: 'format' });
  }
  if (fieldErrors.length > 0 || !type) throw new AppError('validation_failed', { fieldErrors });
  return type;
}

/** Listing a resident's documents is a read of their file: audited. */
export async function listDocuments(db: Db, actor: Actor, residentId: string) {
  return db.transaction().execute(async (trx) => {
    if (!(await findLiveResident(trx, actor.centerId, residentId))) throw new AppError('not_found');
    const rows = await listDocumentsOfResident(trx, actor.centerId, residentId);
    await recordAudit(trx, actor, {
      action: 'resident.documents.read',
      entity: 'resident',
      recordId: residentId,
    });
    return rows.map(presentDocument);
  });
}

/** The bytes of a document of the caller's Center; every download is audited before it is sent. */
export async function downloadDocument(
  db: Db,
  storage: DocumentStorage,
  actor: Actor,
  id: string,
): Promise<{ view: DocumentView; bytes: Buffer }> {
  const view = await db.transaction().execute(async (trx) => {
    const row = await findDocument(trx, actor.centerId, id);
    if (!row) throw new AppError('not_found');
    await recordAudit(trx, actor, {
      action: 'document.download',
      entity: 'document',
      recordId: id,
      details: { residentId: row.resident_id },
    });
    return presentDocument(row);
  });
  return { view, bytes: await storage.get(documentKey(actor.centerId, id)) };
}
