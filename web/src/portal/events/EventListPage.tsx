import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { formatWhen, pick, type PublicEvent } from './events-api.js';

/** The Center's upcoming events, soonest first. */
export function EventListPage() {
  const { t, i18n } = useTranslation();
  const title = t('portal.events.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.appName') }));
  const events = useApiQuery<{ items: PublicEvent[] }>('/api/public/events');
  const lang = i18n.language;
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <p className="govgr-body-l">{t('portal.events.intro')}</p>
      {events.loading ? <Loading /> : null}
      {events.error ? <LoadError error={events.error} onRetry={events.reload} /> : null}
      {events.data && events.data.items.length === 0 ? (
        <p className="govgr-body">{t('portal.events.none')}</p>
      ) : null}
      <ul className="govgr-list" data-testid="event-list">
        {(events.data?.items ?? []).map((event) => (
          <li key={event.id} className="kt-event-card">
            <h2 className="govgr-heading-m">
              <Link className="govgr-link" href={`/${event.id}`}>
                {pick(event.title, lang)}
              </Link>
            </h2>
            <p className="govgr-body">{formatWhen(event.startsAt, event.endsAt, lang)}</p>
            <p className="govgr-hint">
              {[
                event.place,
                event.onlineUrl ? t('portal.events.facts.online') : null,
                event.seatsLeft > 0
                  ? t('portal.events.seatsLeft', {
                      count: event.seatsLeft,
                      capacity: event.capacity,
                    })
                  : t('portal.events.full'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
