import { useTranslation } from 'react-i18next';
import type { ApiError } from '../lib/api.js';
import { Button } from './Button.js';

interface LoadErrorProps {
  error: ApiError;
  onRetry?: () => void;
}

/** Shown when a page's data could not be loaded: server unreachable, forbidden, or failed. */
export function LoadError({ error, onRetry }: LoadErrorProps) {
  const { t } = useTranslation();
  if (error.status === 403) return <Forbidden />;
  const message =
    error.status === 0
      ? t('common.unreachable')
      : (error.problem.detail ?? t('common.genericError'));
  return (
    <div className="govgr-error-summary" role="alert">
      <h2 className="govgr-heading-m">{t('common.loadErrorTitle')}</h2>
      <p className="govgr-body">{message}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </div>
  );
}

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <div className="govgr-error-summary" role="alert">
      <h2 className="govgr-heading-m">{t('common.forbiddenTitle')}</h2>
      <p className="govgr-body">{t('common.forbidden')}</p>
    </div>
  );
}
