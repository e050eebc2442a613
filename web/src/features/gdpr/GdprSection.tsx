import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { formatDateTime } from '../../lib/format-time.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { AnonymiseForm } from './AnonymiseForm.js';
import { useConsents } from './api/consents.js';
import { ConsentForm } from './ConsentForm.js';

export function GdprSection({ residentId }: { residentId: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const consents = useConsents(residentId);
  const exportPath = `/api/residents/${encodeURIComponent(residentId)}/export`;
  return (
    <>
      <h3 className="govgr-heading-m">{t('gdpr.consents')}</h3>
      {consents.error ? <LoadError error={consents.error} onRetry={consents.reload} /> : null}
      {consents.loading ? <Loading /> : null}
      {consents.data && consents.data.items.length === 0 ? (
        <p className="govgr-body">{t('gdpr.noConsents')}</p>
      ) : null}
      <ul className="govgr-list">
        {(consents.data?.items ?? []).map((c) => (
          <li key={c.id}>
            {t(`vocab.consentPurpose.${c.purpose}`)} · {t(`vocab.legalBasis.${c.legalBasis}`)} ·{' '}
            {t(`vocab.consentStatus.${c.status}`)} · {formatDateTime(c.recordedAt, i18n.language)}
          </li>
        ))}
      </ul>
      {hasPermission(session, 'gdpr.consents.write') ? (
        <ConsentForm residentId={residentId} onSaved={consents.reload} />
      ) : null}
      {hasPermission(session, 'gdpr.export') ? (
        <>
          <h3 className="govgr-heading-m">{t('gdpr.export')}</h3>
          <ul className="govgr-list">
            <li>
              <a className="govgr-link" href={`${exportPath}?format=html`}>
                {t('gdpr.exportHtml')}
              </a>
            </li>
            <li>
              <a className="govgr-link" href={`${exportPath}?format=json`} download>
                {t('gdpr.exportJson')}
              </a>
            </li>
          </ul>
        </>
      ) : null}
      {hasPermission(session, 'gdpr.erase') ? <AnonymiseForm residentId={residentId} /> : null}
    </>
  );
}
