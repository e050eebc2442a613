import { useTranslation } from 'react-i18next';
import { Button } from './Button.js';
import { NotificationBanner } from './NotificationBanner.js';

/** 409 stale_record: someone else saved first; nothing was overwritten. */
export function StaleRecordNotice({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <NotificationBanner title={t('common.staleTitle')} testId="stale-record">
      <p className="govgr-body">{t('common.staleText')}</p>
      <Button variant="secondary" onClick={onReload}>
        {t('common.reload')}
      </Button>
    </NotificationBanner>
  );
}

export function isStale(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'problem' in error &&
    (error as { problem: { code?: string } }).problem.code === 'stale_record'
  );
}
