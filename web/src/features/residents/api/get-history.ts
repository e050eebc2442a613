import { useApiQuery } from '../../../lib/use-api-query.js';

export interface HistoryChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface HistoryEntry {
  version: number;
  changedAt: string;
  changedBy: { id: string; displayName: string } | null;
  changes: HistoryChange[];
}

export function useResidentHistory(residentId: string) {
  return useApiQuery<{ items: HistoryEntry[] }>(
    `/api/residents/${encodeURIComponent(residentId)}/history`,
  );
}
