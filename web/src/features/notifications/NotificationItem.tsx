import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { formatDateTime } from '../../lib/format-time.js';
import type { NotificationView } from './notification-types.js';

interface NotificationItemProps {
  notification: NotificationView;
  /** Names of colleagues by id, when the session may list staff; else the role is shown. */
  staffNames: Map<string, string>;
  busy: boolean;
  onRead: () => void;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** One notice in words; a break-glass alert says who, in what role, and why. */
export function NotificationItem({
  notification: n,
  staffNames,
  busy,
  onRead,
}: NotificationItemProps) {
  const { t, i18n } = useTranslation();
  const d = n.details;
  const residentId = text(d.residentId);
  const role = text(d.role);
  const who =
    staffNames.get(text(d.staffId)) ??
    (role ? t(`roles.${role}`, { defaultValue: role }) : t('notifications.someone'));
  const known = n.kind === 'counseling.break_glass';
  return (
    <li className="kt-notification" data-read={n.readAt ? 'true' : 'false'}>
      <h2 className="govgr-heading-s">
        {known
          ? t('notifications.kind.counseling_break_glass')
          : t('notifications.unknown', { kind: n.kind })}
        {n.readAt ? null : (
          <span className="govgr-tag__primary kt-tag">{t('notifications.new')}</span>
        )}
      </h2>
      <p className="govgr-hint">{formatDateTime(n.createdAt, i18n.language)}</p>
      {known ? (
        <p className="govgr-body">
          {t('notifications.breakGlassText', { who, reason: text(d.reason) })}
        </p>
      ) : null}
      {residentId ? (
        <p className="govgr-body">
          <Link href={`/residents/${residentId}/counseling`} className="govgr-link">
            {t('notifications.openResident')}
          </Link>
        </p>
      ) : null}
      {n.readAt ? null : (
        <Button variant="secondary" disabled={busy} onClick={onRead}>
          {t('notifications.markRead')}
        </Button>
      )}
    </li>
  );
}
