import { apiFetch } from '../../../lib/api.js';

export interface TimelineEntry {
  id: string;
  occurredAt: string;
  kind: string;
  sourceId: string | null;
  caseId: string | null;
  actorName: string | null;
  details: Record<string, unknown>;
}

export interface TimelinePage {
  items: TimelineEntry[];
  nextBefore: string | null;
}

export function getTimeline(residentId: string, before: string | null, signal?: AbortSignal) {
  const params = new URLSearchParams({ limit: '20' });
  if (before) params.set('before', before);
  return apiFetch<TimelinePage>(
    `/api/residents/${encodeURIComponent(residentId)}/timeline?${params.toString()}`,
    { signal },
  );
}
