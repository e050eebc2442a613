import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { EventFacts } from './EventFacts.js';
import { formatInstant, pick, type PublicEvent, type PublicRegistration } from './events-api.js';
import { RegistrationForm } from './RegistrationForm.js';
import { RegistrationOutcome } from './RegistrationOutcome.js';

/** One event: what, when, where, and the registration form while registration is open. */
export function EventPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const event = useApiQuery<PublicEvent>(`/api/public/events/${id}`);
  const [registration, setRegistration] = useState<PublicRegistration | null>(null);
  const lang = i18n.language;
  const title = event.data ? pick(event.data.title, lang) : t('portal.events.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.appName') }));
  if (registration) return <RegistrationOutcome registration={registration} />;
  if (event.loading) return <Loading />;
  if (event.error || !event.data) {
    return event.error ? <LoadError error={event.error} onRetry={event.reload} /> : null;
  }
  const data = event.data;
  const notYet = !data.registrationOpen && new Date(data.registrationOpensAt) > new Date();
  return (
    <>
      <span className="govgr-caption-l">{t('portal.events.title')}</span>
      <h1 className="govgr-heading-xl">{title}</h1>
      {data.cancelled ? (
        <div className="govgr-warning-text" data-testid="event-cancelled">
          <p className="govgr-warning-text__text">{t('portal.events.cancelled')}</p>
        </div>
      ) : null}
      {pick(data.description, lang)
        .split(/\n{2,}/)
        .filter(Boolean)
        .map((paragraph, i) => (
          <p className="govgr-body" key={i}>
            {paragraph}
          </p>
        ))}
      <EventFacts event={data} />
      {data.registrationOpen ? (
        <RegistrationForm event={data} onRegistered={setRegistration} />
      ) : !data.cancelled ? (
        <p className="govgr-body" data-testid="registration-closed">
          {notYet
            ? t('portal.events.opensAt', { at: formatInstant(data.registrationOpensAt, lang) })
            : t('portal.events.closed')}
        </p>
      ) : null}
      <p className="govgr-body">
        <Link className="govgr-link" href="/">
          {t('portal.events.back')}
        </Link>
      </p>
    </>
  );
}
