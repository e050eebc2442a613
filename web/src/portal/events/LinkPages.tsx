import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { toApiError, type ApiError } from '../../lib/api.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { changeRegistration, viewRegistration, type PublicRegistration } from './events-api.js';
import { RegistrationOutcome } from './RegistrationOutcome.js';

function useLinked(id: string) {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const [state, setState] = useState<{ data?: PublicRegistration; error?: ApiError }>({});
  useEffect(() => {
    const controller = new AbortController();
    viewRegistration(id, token).then(
      (data) => !controller.signal.aborted && setState({ data }),
      (error: unknown) => !controller.signal.aborted && setState({ error: toApiError(error) }),
    );
    return () => controller.abort();
  }, [id, token]);
  return { token, ...state, set: (data: PublicRegistration) => setState({ data }) };
}

/** Behind the link in the offer e-mail: take the seat held for you, or let it go. */
export function OfferPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const linked = useLinked(id);
  const submit = useSubmit();
  useDocumentTitle(
    t('common.pageTitle', { page: t('portal.events.offer.title'), site: t('common.appName') }),
  );
  if (linked.error) return <LoadError error={linked.error} />;
  if (!linked.data) return <Loading />;
  const act = async (action: 'accept' | 'cancel') => {
    const done = await submit.run(() => changeRegistration(id, action, linked.token));
    if (done) linked.set(done);
  };
  if (linked.data.status !== 'offered') {
    return (
      <>
        <ErrorSummary messages={submit.messages} />
        <RegistrationOutcome registration={linked.data} />
      </>
    );
  }
  return (
    <>
      <ErrorSummary messages={submit.messages} />
      <RegistrationOutcome registration={linked.data} />
      <div className="govgr-button-group">
        <Button
          className="govgr-btn-cta"
          disabled={submit.submitting}
          onClick={() => void act('accept')}
        >
          {t('portal.events.offer.accept')}
        </Button>
        <Button variant="secondary" disabled={submit.submitting} onClick={() => void act('cancel')}>
          {t('portal.events.offer.decline')}
        </Button>
      </div>
    </>
  );
}

/** Behind the cancel link of every e-mail: the registration, and a button to cancel it. */
export function RegistrationLinkPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const linked = useLinked(id);
  const submit = useSubmit();
  useDocumentTitle(
    t('common.pageTitle', { page: t('portal.events.cancel.title'), site: t('common.appName') }),
  );
  if (linked.error) return <LoadError error={linked.error} />;
  if (!linked.data) return <Loading />;
  const live = ['registered', 'waitlisted', 'offered'].includes(linked.data.status);
  return (
    <>
      <ErrorSummary messages={submit.messages} />
      <RegistrationOutcome registration={linked.data} />
      {live ? (
        <Button
          variant="warning"
          disabled={submit.submitting}
          onClick={() =>
            void submit
              .run(() => changeRegistration(id, 'cancel', linked.token))
              .then((done) => done && linked.set(done))
          }
        >
          {t('portal.events.cancel.submit')}
        </Button>
      ) : null}
    </>
  );
}
