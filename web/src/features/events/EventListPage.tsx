import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { Select } from '../../components/Select.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { formatEventTime, useEvents } from './events-api.js';

/** Upcoming events (or past ones), with their seats and waitlist at a glance. */
export function EventListPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const events = useEvents(when);
  const title = t('events.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const items = events.data?.items ?? [];
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <div className="kt-inline-actions">
        {hasPermission(session, 'events.manage') ? (
          <Link className="govgr-btn govgr-btn-primary" href="/new">
            {t('events.new')}
          </Link>
        ) : null}
        <Select
          id="events-when"
          label={t('events.show')}
          value={when}
          onChange={(v) => setWhen(v === 'past' ? 'past' : 'upcoming')}
          options={[
            { value: 'upcoming', label: t('events.upcoming') },
            { value: 'past', label: t('events.past') },
          ]}
        />
      </div>
      {events.loading ? <Loading /> : null}
      {events.error ? <LoadError error={events.error} onRetry={events.reload} /> : null}
      {events.data && items.length === 0 ? <p className="govgr-body">{t('events.none')}</p> : null}
      {items.length > 0 ? (
        <div className="kt-table-wrap">
          <table className="govgr-table" data-testid="events-table">
            <caption className="govgr-visually-hidden">{t(`events.${when}`)}</caption>
            <thead className="govgr-table__head">
              <tr className="govgr-table__row">
                {['event', 'when', 'seats', 'waitlist', 'status'].map((key) => (
                  <th scope="col" className="govgr-table__header" key={key}>
                    {t(`events.columns.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govgr-table__body">
              {items.map((event) => (
                <tr className="govgr-table__row" key={event.id}>
                  <td className="govgr-table__cell">
                    <Link className="govgr-link" href={`/${event.id}`}>
                      {event.titleEl}
                    </Link>
                  </td>
                  <td className="govgr-table__cell">
                    {formatEventTime(event.startsAt, i18n.language)}
                  </td>
                  <td className="govgr-table__cell">{`${event.seatsTaken} / ${event.capacity}`}</td>
                  <td className="govgr-table__cell">{event.waitlisted}</td>
                  <td className="govgr-table__cell">
                    <strong className="govgr-tag">{t(`events.status.${event.status}`)}</strong>
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
