import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { DeskRegisterForm } from './DeskRegisterForm.js';
import { changeEventStatus, formatEventTime, useEvent, useRegistrations } from './events-api.js';
import { RegistrationsTable } from './RegistrationsTable.js';

/** One event for staff: its facts, the coordinator's actions, registrations and the desk form. */
export function EventDetailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const event = useEvent(id);
  const registrations = useRegistrations(id);
  const submit = useSubmit();
  const canManage = hasPermission(session, 'events.manage');
  const canRegister = hasPermission(session, 'events.register');
  useDocumentTitle(
    t('common.pageTitle', {
      page: event.data?.titleEl ?? t('events.title'),
      site: t('common.staffAppName'),
    }),
  );
  if (event.error) return <LoadError error={event.error} onRetry={event.reload} />;
  if (!event.data) return <Loading />;
  const data = event.data;
  const lang = i18n.language;
  const reload = () => {
    event.reload();
    registrations.reload();
  };
  async function setStatus(action: 'publish' | 'cancel') {
    if (action === 'cancel' && !window.confirm(t('events.cancelConfirm'))) return;
    const done = await submit.run(() => changeEventStatus(data, action));
    if (done) event.setData(done);
  }
  const fact = (key: string, value: string) => (
    <div className="govgr-summary-list__row">
      <dt className="govgr-summary-list__key">{t(`events.facts.${key}`)}</dt>
      <dd className="govgr-summary-list__value">{value}</dd>
    </div>
  );
  return (
    <>
      <span className="govgr-caption-l">{t(`events.status.${data.status}`)}</span>
      <h1 className="govgr-heading-xl">{data.titleEl}</h1>
      <ErrorSummary messages={submit.messages} />
      <div className="kt-inline-actions">
        {canRegister && data.status !== 'cancelled' ? (
          <Link className="govgr-btn govgr-btn-primary" href={`/${id}/check-in`}>
            {t('events.checkIn.open')}
          </Link>
        ) : null}
        {canManage && data.status !== 'cancelled' ? (
          <Link className="govgr-btn govgr-btn-secondary" href={`/${id}/edit`}>
            {t('events.edit')}
          </Link>
        ) : null}
        {canManage && data.status === 'draft' ? (
          <Button onClick={() => void setStatus('publish')} disabled={submit.submitting}>
            {t('events.publish')}
          </Button>
        ) : null}
        {canManage && data.status !== 'cancelled' ? (
          <Button
            variant="warning"
            onClick={() => void setStatus('cancel')}
            disabled={submit.submitting}
          >
            {t('events.cancel')}
          </Button>
        ) : null}
      </div>
      <dl className="govgr-summary-list">
        {fact(
          'when',
          `${formatEventTime(data.startsAt, lang)} – ${formatEventTime(data.endsAt, lang)}`,
        )}
        {data.place ? fact('place', data.place) : null}
        {data.onlineUrl ? fact('online', data.onlineUrl) : null}
        {fact(
          'seats',
          t('events.facts.seatsValue', {
            taken: data.seatsTaken,
            capacity: data.capacity,
            waiting: data.waitlisted,
          }),
        )}
        {fact(
          'registration',
          `${formatEventTime(data.registrationOpensAt, lang)} – ${formatEventTime(data.registrationClosesAt, lang)}`,
        )}
      </dl>
      {registrations.error ? (
        <LoadError error={registrations.error} onRetry={registrations.reload} />
      ) : null}
      {registrations.data ? (
        <RegistrationsTable
          eventId={id}
          items={registrations.data.items}
          canRegister={canRegister}
          onChanged={reload}
        />
      ) : null}
      {canRegister && data.status !== 'cancelled' ? (
        <DeskRegisterForm eventId={id} onDone={reload} />
      ) : null}
      <p className="govgr-body">
        <Link className="govgr-link" href="/">
          {t('events.backToList')}
        </Link>
      </p>
    </>
  );
}
