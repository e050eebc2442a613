import { apiFetch } from '../../../lib/api.js';
import type { NotificationView } from '../notification-types.js';

export function markNotificationRead(id: string) {
  return apiFetch<NotificationView>(`/api/notifications/${encodeURIComponent(id)}/read`, {
    method: 'POST',
  });
}
