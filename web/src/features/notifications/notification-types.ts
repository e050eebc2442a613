export interface NotificationView {
  id: string;
  kind: string;
  createdAt: string;
  readAt: string | null;
  /** Identifiers and reasons, never content; by kind (e.g. counseling.break_glass). */
  details: Record<string, unknown>;
}

/** Sent on window after a notification is marked read, so the header's count follows. */
export const NOTIFICATIONS_CHANGED = 'kt:notifications-changed';
