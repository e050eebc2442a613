import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { ApiError, toApiError } from '../../lib/api.js';
import type { PublicCenter } from '../../lib/types.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { AnswerForm } from './AnswerForm.js';
import { answerByLink, viewByLink } from './partner-api.js';
import type { PartnerReferral, StatusAnswer } from './partner-types.js';
import { ReferralSummary } from './ReferralSummary.js';

function useLinkedReferral(
  id: string,
  token: string,
): { data?: PartnerReferral; error?: ApiError } {
  const [state, setState] = useState<{ key: string; data?: PartnerReferral; error?: ApiError }>({
    key: '',
  });
  const key = `${id}|${token}`;
  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    viewByLink(id, token).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data });
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setState({ key, error: toApiError(e) });
      },
    );
    return () => controller.abort();
  }, [id, token, key]);
  if (!token) return { error: new ApiError({ status: 403 }) };
  return state.key === key ? state : {};
}

/** Forged or expired (403), malformed (400/404), or already closed (409 link_used). */
function LinkProblem({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const used = error.problem.code === 'link_used';
  const title = used ? t('portal.partner.usedTitle') : t('portal.partner.invalidTitle');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.appName') }));
  return (
    <>
      <h1 className="govgr-heading-xl" data-testid="link-problem">
        {title}
      </h1>
      <p className="govgr-body-l">
        {used ? t('portal.partner.usedText') : (error.problem.detail ?? title)}
      </p>
      {used ? null : <p className="govgr-body">{t('portal.partner.invalidHelp')}</p>}
    </>
  );
}

/** The page behind the link in the partner's e-mail: the referral, and the partner's answer. */
export function ReferralLinkPage({ id }: { id: string; center: PublicCenter | undefined }) {
  const { t } = useTranslation();
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const loaded = useLinkedReferral(id, token);
  const submit = useSubmit();
  const [answered, setAnswered] = useState<PartnerReferral | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const title = t('portal.partner.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.appName') }));

  useEffect(() => {
    if (answered) bannerRef.current?.focus();
  }, [answered]);

  if (loaded.error) {
    const linkFault = [400, 403, 404, 409].includes(loaded.error.status);
    return linkFault ? <LinkProblem error={loaded.error} /> : <LoadError error={loaded.error} />;
  }
  if (!loaded.data) return <Loading />;
  const referral = answered ?? loaded.data;

  async function onAnswer(answer: StatusAnswer) {
    const result = await submit.run(() => answerByLink(id, token, answer));
    if (result) setAnswered(result);
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      {answered ? (
        <div ref={bannerRef} tabIndex={-1}>
          <NotificationBanner title={t('portal.partner.savedTitle')} success testId="answered">
            <p className="govgr-body">{t('portal.partner.saved')}</p>
          </NotificationBanner>
        </div>
      ) : null}
      <ReferralSummary referral={referral} />
      {referral.nextStatuses.length > 0 ? (
        <section aria-labelledby="answer-heading">
          <h2 className="govgr-heading-m" id="answer-heading">
            {t('portal.partner.answerHeading')}
          </h2>
          <AnswerForm
            key={referral.status}
            referral={referral}
            submit={submit}
            onAnswer={onAnswer}
          />
        </section>
      ) : null}
    </>
  );
}
