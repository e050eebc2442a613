import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { listNotifications } from './api/list-notifications.js';
import { NOTIFICATIONS_CHANGED } from './notification-types.js';

/** The header's link to the notifications, with how many are unread; refreshed on every page. */
export function NotificationsBadge() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const [unread, setUnread] = useState(0);
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    const bump = () => setChanges((n) => n + 1);
    window.addEventListener(NOTIFICATIONS_CHANGED, bump);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, bump);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    listNotifications(controller.signal).then(
      (data) => setUnread(data.items.filter((n) => !n.readAt).length),
      () => undefined, // the count is a convenience; the page itself reports errors
    );
    return () => controller.abort();
  }, [location, changes]);

  return (
    <Link
      href="/notifications"
      className="govgr-link kt-header-notifications"
      data-testid="notifications-badge"
    >
      {t('notifications.title')}
      {unread > 0 ? (
        <>
          {' '}
          <strong className="kt-badge">{unread}</strong>
          <span className="govgr-visually-hidden">
            {t('notifications.unread', { count: unread })}
          </span>
        </>
      ) : null}
    </Link>
  );
}
