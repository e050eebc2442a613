import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { formatDateTime } from '../../lib/format-time.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { letterUrl, resendPartnerLink, useReferral } from './api/referrals-api.js';
import { ReferralHistory } from './ReferralHistory.js';
import { StatusChangeForm } from './StatusChangeForm.js';

export function ReferralPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const created = new URLSearchParams(useSearch()).has('created');
  const query = useReferral(id);
  const [notice, setNotice] = useState<string | null>(null);
  const resend = useSubmit();
  const canWrite = hasPermission(session, 'referrals.write');
  const view = query.data;
  const title = view
    ? `${t('referrals.detailTitle')}: ${view.residentName}`
    : t('referrals.detailTitle');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const d = (key: string) => t(`referrals.detail.${key}`);

  if (query.error) {
    return (
      <>
        <h1 className="govgr-heading-xl">{t('referrals.detailTitle')}</h1>
        <LoadError error={query.error} onRetry={query.reload} />
      </>
    );
  }
  if (!view) return <Loading />;
  const reasonText = (code: string | null) => (code ? t(`referrals.reason.${code}`) : null);

  async function onResend() {
    const result = await resend.run(() => resendPartnerLink(id));
    if (result) {
      query.setData(result);
      setNotice(d('resent'));
    }
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      {created && !notice ? (
        <NotificationBanner title={t('referrals.form.created')} success testId="referral-created">
          <p className="govgr-body">{t('referrals.form.created')}</p>
        </NotificationBanner>
      ) : null}
      {notice ? (
        <NotificationBanner title={notice} success>
          <p className="govgr-body">{notice}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary messages={resend.messages} />
      <dl className="kt-facts">
        <div>
          <dt>{t('referrals.status')}</dt>
          <dd data-testid="referral-status">{t(`referrals.status.${view.status}`)}</dd>
        </div>
        <div>
          <dt>{t('referrals.destination')}</dt>
          <dd>{view.destination.name}</dd>
        </div>
        <div>
          <dt>{t('referrals.urgency')}</dt>
          <dd>{t(`referrals.urgencyValue.${view.urgency}`)}</dd>
        </div>
        <div>
          <dt>{t('referrals.dueOn')}</dt>
          <dd>
            {view.dueOn}
            {view.overdue ? ` · ${t('referrals.overdue')}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('referrals.owner')}</dt>
          <dd>{view.owner.displayName}</dd>
        </div>
        <div>
          <dt>{t('referrals.createdAt')}</dt>
          <dd>{formatDateTime(view.createdAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{d('partnerEmail')}</dt>
          <dd>{view.partnerEmail ?? '—'}</dd>
        </div>
        <div>
          <dt>{d('sharedCategories')}</dt>
          <dd>
            {view.sharedCategories.map((c) => t(`referrals.category.${c}`)).join(', ') || d('none')}
          </dd>
        </div>
        <div>
          <dt>{d('consent')}</dt>
          <dd>
            {view.consent.kind === 'given'
              ? d(view.consent.withdrawn ? 'consentWithdrawn' : 'consentGiven')
              : t('referrals.detail.consentOverride', { reason: view.consent.overrideReason })}
          </dd>
        </div>
        {view.statusReason ? (
          <div>
            <dt>{d('statusReason')}</dt>
            <dd>{reasonText(view.statusReason)}</dd>
          </div>
        ) : null}
        {view.outcome ? (
          <div>
            <dt>{d('outcome')}</dt>
            <dd>
              {t(`referrals.outcomeValue.${view.outcome}`)}
              {view.outcomeReason ? ` · ${reasonText(view.outcomeReason) ?? ''}` : ''}
              {view.outcomeNote ? ` · ${view.outcomeNote}` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      <h2 className="govgr-heading-m">{d('reason')}</h2>
      <p className="govgr-body">{view.reason ?? '—'}</p>
      <ul className="govgr-list">
        <li>
          <a className="govgr-link" href={letterUrl(view.id)} download>
            {d('letter')}
          </a>
        </li>
        {view.caseId ? (
          <li>
            <Link className="govgr-link" href={`~/staff/cases/${view.caseId}`}>
              {d('openCase')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="govgr-link" href={`~/staff/residents/${view.residentId}`}>
            {d('openFile')}
          </Link>
        </li>
      </ul>
      <ReferralHistory history={view.history} />
      {canWrite && view.nextStatuses.length > 0 ? (
        <>
          <StatusChangeForm
            key={view.status}
            view={view}
            onSaved={(updated) => {
              query.setData(updated);
              setNotice(d('saved'));
            }}
          />
          {view.partnerEmail ? (
            <p className="govgr-body">
              <Button
                variant="secondary"
                onClick={() => void onResend()}
                disabled={resend.submitting}
              >
                {d('resend')}
              </Button>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
