import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time.js';
import { localized } from '../../lib/types.js';
import type { PartnerReferral, ReferralStatus } from './partner-types.js';
import { SharedDataView } from './SharedDataView.js';

/** Closed referrals: the partner sees their status and outcome, no longer the resident's data. */
const FINAL: ReferralStatus[] = ['rejected', 'completed', 'cancelled'];

/** The referral as the partner sees it: who refers, to what, why, until when, and the data. */
export function ReferralSummary({ referral }: { referral: PartnerReferral }) {
  const { t, i18n } = useTranslation();
  const p = (key: string) => t(`portal.partner.${key}`);
  const center = localized(referral.center.name, i18n.language);
  return (
    <>
      <p className="govgr-body-l">{t('portal.partner.intro', { center })}</p>
      <dl className="kt-facts" data-testid="referral-summary">
        <div>
          <dt>{p('from')}</dt>
          <dd>{center}</dd>
        </div>
        <div>
          <dt>{p('to')}</dt>
          <dd>{referral.destinationName}</dd>
        </div>
        <div>
          <dt>{t('referrals.urgency')}</dt>
          <dd>{t(`referrals.urgencyValue.${referral.urgency}`)}</dd>
        </div>
        <div>
          <dt>{t('referrals.dueOn')}</dt>
          <dd>{referral.dueOn}</dd>
        </div>
        <div>
          <dt>{p('statusNow')}</dt>
          <dd data-testid="referral-status">{t(`referrals.status.${referral.status}`)}</dd>
        </div>
        <div>
          <dt>{p('sentOn')}</dt>
          <dd>{formatDateTime(referral.createdAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{p('caseWorker')}</dt>
          <dd>
            {[referral.caseWorker.name, referral.caseWorker.email, ...referral.center.phones]
              .filter(Boolean)
              .join(' · ')}
          </dd>
        </div>
      </dl>
      <h2 className="govgr-heading-m">{t('referrals.form.reason')}</h2>
      <p className="govgr-body">{referral.reason ?? p('noData')}</p>
      <h2 className="govgr-heading-m">{p('shared')}</h2>
      {referral.consentWithdrawn ? (
        <p className="govgr-body" data-testid="consent-withdrawn">
          {p('consentWithdrawn')}
        </p>
      ) : FINAL.includes(referral.status) ? (
        <p className="govgr-body" data-testid="referral-closed">
          {p('closedNoData')}
        </p>
      ) : (
        <SharedDataView data={referral.shared} />
      )}
    </>
  );
}
