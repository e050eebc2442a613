import { apiFetch } from '../../../lib/api.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import type { NotificationView } from '../notification-types.js';

const PATH = '/api/notifications';

export function useNotifications() {
  return useApiQuery<{ items: NotificationView[] }>(PATH);
}

export function listNotifications(signal?: AbortSignal) {
  return apiFetch<{ items: NotificationView[] }>(PATH, { signal });
}
