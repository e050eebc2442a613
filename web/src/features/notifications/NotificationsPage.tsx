import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useColleagues } from '../staff/api/list-colleagues.js';
import { useNotifications } from './api/list-notifications.js';
import { markNotificationRead } from './api/mark-read.js';
import { NotificationItem } from './NotificationItem.js';
import { NOTIFICATIONS_CHANGED, type NotificationView } from './notification-types.js';

export function NotificationsPage() {
  const { t } = useTranslation();
  const list = useNotifications();
  const submit = useSubmit();
  const title = t('notifications.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const items = list.data?.items ?? [];

  async function read(id: string) {
    const updated = await submit.run(() => markNotificationRead(id));
    if (!updated) return;
    list.setData({ items: items.map((n) => (n.id === id ? updated : n)) });
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <ErrorSummary messages={submit.messages} />
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data && items.length === 0 ? (
        <p className="govgr-body">{t('notifications.empty')}</p>
      ) : null}
      <WithStaffNames items={items} busy={submit.submitting} onRead={read} />
    </>
  );
}

interface ItemsProps {
  items: NotificationView[];
  busy: boolean;
  onRead: (id: string) => Promise<void>;
}

function WithStaffNames(props: ItemsProps) {
  const staff = useColleagues();
  const names = new Map((staff.data?.items ?? []).map((s) => [s.id, s.displayName]));
  return <Items {...props} names={names} />;
}

function Items({ items, names, busy, onRead }: ItemsProps & { names: Map<string, string> }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul
      className="govgr-list kt-notifications"
      aria-label={t('notifications.title')}
      data-testid="notifications"
    >
      {items.map((n) => (
        <NotificationItem
          key={n.id}
          notification={n}
          staffNames={names}
          busy={busy}
          onRead={() => void onRead(n.id)}
        />
      ))}
    </ul>
  );
}
