import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { TextField } from '../../components/TextField.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { changeRegistration, useEvent, useRegistrations, type Registration } from './events-api.js';
import './events.css';

const normalize = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ς/g, 'σ');

/**
 * Attendance on the day, made for a tablet at the door: a name filter, one large button per
 * person (one tap = attended; tap again to undo a mistake), and a running count.
 */
export function CheckInPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const event = useEvent(id);
  const registrations = useRegistrations(id);
  const submit = useSubmit();
  const [filter, setFilter] = useState('');
  const title = t('events.checkIn.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  if (event.error) return <LoadError error={event.error} onRetry={event.reload} />;
  if (registrations.error)
    return <LoadError error={registrations.error} onRetry={registrations.reload} />;
  if (!event.data || !registrations.data) return <Loading />;
  const list = registrations.data;
  const people = list.items.filter((r) =>
    ['registered', 'offered', 'attended', 'waitlisted'].includes(r.status),
  );
  const shown = people.filter((r) => normalize(r.name).includes(normalize(filter.trim())));
  const present = people.filter((r) => r.status === 'attended').length;

  async function toggle(row: Registration) {
    const updated = await submit.run(() =>
      changeRegistration(id, row.id, 'attendance', { attended: row.status !== 'attended' }),
    );
    if (updated) {
      registrations.setData({ items: list.items.map((r) => (r.id === updated.id ? updated : r)) });
    }
  }

  return (
    <>
      <span className="govgr-caption-l">{event.data.titleEl}</span>
      <h1 className="govgr-heading-xl">{title}</h1>
      <p className="govgr-body-l" role="status" data-testid="check-in-count">
        {t('events.checkIn.count', { present, total: people.length })}
      </p>
      <ErrorSummary messages={submit.messages} />
      <TextField
        id="check-in-filter"
        type="search"
        label={t('events.checkIn.filter')}
        value={filter}
        onChange={setFilter}
        autoComplete="off"
      />
      <ul className="kt-checkin" aria-label={t('events.checkIn.list')}>
        {shown.map((row) => {
          const attended = row.status === 'attended';
          return (
            <li key={row.id}>
              <button
                type="button"
                className={
                  attended ? 'kt-checkin__person kt-checkin__person--present' : 'kt-checkin__person'
                }
                aria-pressed={attended}
                disabled={submit.submitting}
                onClick={() => void toggle(row)}
              >
                <span className="kt-checkin__name">{row.name}</span>
                <span className="kt-checkin__state">
                  {attended
                    ? t('events.checkIn.present')
                    : row.status === 'waitlisted'
                      ? t('events.checkIn.waitlisted')
                      : t('events.checkIn.tap')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 ? <p className="govgr-body">{t('events.checkIn.nobody')}</p> : null}
      <p className="govgr-body">
        <Link className="govgr-link" href={`/${id}`}>
          {t('events.checkIn.back')}
        </Link>
      </p>
    </>
  );
}
