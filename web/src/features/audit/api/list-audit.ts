import { apiFetch } from '../../../lib/api.js';

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  recordId: string | null;
  ip: string | null;
  reason: string | null;
}

export interface AuditPageResult {
  items: AuditEntry[];
  nextBefore: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

export function listAudit(before?: string | null): Promise<AuditPageResult> {
  const params = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (before) params.set('before', before);
  return apiFetch<AuditPageResult>(`/api/audit?${params.toString()}`);
}
