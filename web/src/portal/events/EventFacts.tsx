import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen, pick, type PublicEvent } from './events-api.js';

/** When, where and for whom: the facts a person checks before going. */
export function EventFacts({ event }: { event: PublicEvent }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const row = (key: string, value: ReactNode) => (
    <div className="govgr-summary-list__row">
      <dt className="govgr-summary-list__key">{t(`portal.events.facts.${key}`)}</dt>
      <dd className="govgr-summary-list__value">{value}</dd>
    </div>
  );
  return (
    <dl className="govgr-summary-list" data-testid="event-facts">
      {row('when', formatWhen(event.startsAt, event.endsAt, lang))}
      {event.place ? row('place', event.place) : null}
      {event.onlineUrl
        ? row(
            'online',
            <a className="govgr-link" href={event.onlineUrl} rel="noopener noreferrer">
              {event.onlineUrl}
            </a>,
          )
        : null}
      {event.audience ? row('audience', pick(event.audience, lang)) : null}
      {row(
        'seats',
        event.seatsLeft > 0
          ? t('portal.events.seatsLeft', { count: event.seatsLeft, capacity: event.capacity })
          : t('portal.events.full'),
      )}
    </dl>
  );
}
