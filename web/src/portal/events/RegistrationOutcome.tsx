import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EventFacts } from './EventFacts.js';
import { formatInstant, pick, type PublicRegistration } from './events-api.js';

/** What became of the registration, said plainly: a seat, a place in line, or cancelled. */
export function RegistrationOutcome({ registration }: { registration: PublicRegistration }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [registration.status]);
  const lang = i18n.language;
  const { status } = registration;
  return (
    <>
      <div className="govgr-panel govgr-panel--confirmation" data-testid="registration-outcome">
        <h1 className="govgr-panel__title" ref={heading} tabIndex={-1}>
          {t(`portal.events.outcome.${status}`)}
        </h1>
        <div className="govgr-panel__body">
          {status === 'waitlisted' && registration.position !== null
            ? t('portal.events.outcome.position', { position: registration.position })
            : pick(registration.event.title, lang)}
        </div>
      </div>
      {status === 'waitlisted' ? (
        <p className="govgr-body">{t('portal.events.outcome.waitlistHelp')}</p>
      ) : null}
      {status === 'offered' && registration.offerExpiresAt ? (
        <p className="govgr-body">
          {t('portal.events.offer.until', {
            until: formatInstant(registration.offerExpiresAt, lang),
          })}
        </p>
      ) : null}
      {registration.emailed ? (
        <p className="govgr-body">{t('portal.events.outcome.emailed')}</p>
      ) : null}
      <h2 className="govgr-heading-m">{pick(registration.event.title, lang)}</h2>
      <EventFacts event={registration.event} />
      <p className="govgr-body">
        <Link className="govgr-link" href="~/events">
          {t('portal.events.back')}
        </Link>
      </p>
    </>
  );
}
