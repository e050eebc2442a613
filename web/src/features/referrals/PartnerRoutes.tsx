import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { apiFetch } from '../../lib/api.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { NotFoundPage } from '../../portal/NotFoundPage.js';
import { AnswerForm } from '../../portal/partner/AnswerForm.js';
import type { PartnerReferral, StatusAnswer } from '../../portal/partner/partner-types.js';
import { ReferralSummary } from '../../portal/partner/ReferralSummary.js';

interface PartnerListItem {
  id: string;
  residentName: string | null;
  destinationName: string;
  urgency: string;
  status: string;
  dueOn: string;
  createdAt: string;
}

function usePageTitle(page: string) {
  const { t } = useTranslation();
  useDocumentTitle(t('common.pageTitle', { page, site: t('common.staffAppName') }));
}

function PartnerListPage() {
  const { t } = useTranslation();
  const list = useApiQuery<{ items: PartnerListItem[] }>('/api/partner/referrals');
  const title = t('partner.title');
  usePageTitle(title);
  const cell = 'govgr-table__cell';
  const items = list.data?.items ?? [];
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data && items.length === 0 ? <p className="govgr-body">{t('partner.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="kt-table-wrap">
          <table className="govgr-table govgr-table--stacked-s" data-testid="partner-referrals">
            <caption className="govgr-visually-hidden">{title}</caption>
            <thead className="govgr-table__head">
              <tr className="govgr-table__row">
                {['resident', 'destination', 'urgency', 'status', 'dueOn'].map((h) => (
                  <th key={h} scope="col" className="govgr-table__header">
                    {t(`referrals.${h}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govgr-table__body">
              {items.map((r) => (
                <tr key={r.id} className="govgr-table__row">
                  <td className={cell} data-label={t('referrals.resident')}>
                    <Link href={`/${r.id}`} className="govgr-link">
                      {r.residentName ?? t('partner.notShared')}
                    </Link>
                  </td>
                  <td className={cell} data-label={t('referrals.destination')}>
                    {r.destinationName}
                  </td>
                  <td className={cell} data-label={t('referrals.urgency')}>
                    {t(`referrals.urgencyValue.${r.urgency}`)}
                  </td>
                  <td className={cell} data-label={t('referrals.status')}>
                    {t(`referrals.status.${r.status}`)}
                  </td>
                  <td className={cell} data-label={t('referrals.dueOn')}>
                    {r.dueOn}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

function PartnerReferralPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useApiQuery<PartnerReferral>(`/api/partner/referrals/${encodeURIComponent(id)}`);
  const submit = useSubmit();
  const [saved, setSaved] = useState(false);
  const title = t('partner.detailTitle');
  usePageTitle(title);
  async function onAnswer(answer: StatusAnswer) {
    const updated = await submit.run(() =>
      apiFetch<PartnerReferral>(`/api/partner/referrals/${encodeURIComponent(id)}/status`, {
        method: 'POST',
        body: answer,
      }),
    );
    if (updated) {
      query.setData(updated);
      setSaved(true);
    }
  }
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <p className="govgr-body">
        <Link href="/" className="govgr-link">
          {t('partner.back')}
        </Link>
      </p>
      {query.error ? <LoadError error={query.error} onRetry={query.reload} /> : null}
      {!query.data && !query.error ? <Loading /> : null}
      {saved ? (
        <NotificationBanner title={t('portal.partner.savedTitle')} success>
          <p className="govgr-body">{t('portal.partner.saved')}</p>
        </NotificationBanner>
      ) : null}
      {query.data ? (
        <>
          <ReferralSummary referral={query.data} />
          {query.data.nextStatuses.length > 0 ? (
            <section aria-labelledby="answer-heading">
              <h2 className="govgr-heading-m" id="answer-heading">
                {t('portal.partner.answerHeading')}
              </h2>
              <AnswerForm
                key={query.data.status}
                referral={query.data}
                submit={submit}
                onAnswer={onAnswer}
              />
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** Routes of this section, nested under /staff/partner (owned by the referrals feature). */
export function PartnerRoutes() {
  return (
    <Switch>
      <Route path="/">
        <PartnerListPage />
      </Route>
      <Route path="/:id">
        {(params: { id: string }) => <PartnerReferralPage key={params.id} id={params.id} />}
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
