import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { findDocument, findLiveResident } from '../documents/documents.repository.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import {
  findCurrentConsent,
  insertConsent,
  listConsentHistory,
  type ConsentRow,
} from './consents.repository.js';
import type { ConsentView, RecordConsentBody } from './gdpr.schemas.js';

function presentConsent(row: ConsentRow): ConsentView {
  return {
    id: row.id,
    purpose: row.purpose,
    legalBasis: row.legal_basis,
    status: row.status,
    recordedAt: row.recorded_at.toISOString(),
    recordedBy:
      row.recorded_by && row.recorder_name
        ? { id: row.recorded_by, displayName: row.recorder_name }
        : null,
    documentId: row.document_id,
  };
}

/** The whole history, newest first (a withdrawal never erases the consent it withdraws). */
export async function listConsents(db: Db, actor: Actor, residentId: string) {
  return db.transaction().execute(async (trx) => {
    if (!(await findLiveResident(trx, actor.centerId, residentId))) throw new AppError('not_found');
    const rows = await listConsentHistory(trx, actor.centerId, residentId);
    await recordAudit(trx, actor, {
      action: 'resident.consents.read',
      entity: 'resident',
      recordId: residentId,
    });
    return rows.map(presentConsent);
  });
}

export async function recordConsent(
  db: Db,
  actor: Actor,
  residentId: string,
  input: RecordConsentBody,
): Promise<ConsentView> {
  return db.transaction().execute(async (trx) => {
    const resident = await findLiveResident(trx, actor.centerId, residentId);
    if (!resident) throw new AppError('not_found');
    if (resident.anonymised) throw new AppError('conflict');
    if (input.documentId) {
      const document = await findDocument(trx, actor.centerId, input.documentId);
      if (document?.resident_id !== residentId) {
        throw new AppError('validation_failed', {
          fieldErrors: [{ field: 'body.documentId', rule: 'invalid' }],
        });
      }
    }
    const current = await findCurrentConsent(trx, actor.centerId, residentId, input.purpose);
    // Only a consent in force can be withdrawn.
    if (input.status === 'withdrawn' && current?.status !== 'given') {
      throw new AppError('conflict', { field: 'body.status' });
    }
    const row = await insertConsent(trx, {
      center_id: actor.centerId,
      resident_id: residentId,
      purpose: input.purpose,
      legal_basis: input.legalBasis,
      status: input.status,
      recorded_by: actor.staffId,
      document_id: input.documentId ?? null,
    });
    const details = { purpose: row.purpose, legalBasis: row.legal_basis, status: row.status };
    await addTimelineEntry(trx, actor, {
      residentId,
      kind: 'consent.recorded',
      sourceId: row.id,
      details,
    });
    await recordAudit(trx, actor, {
      action: 'consent.record',
      entity: 'resident',
      recordId: residentId,
      details: { consentId: row.id, ...details },
    });
    return presentConsent(row);
  });
}
