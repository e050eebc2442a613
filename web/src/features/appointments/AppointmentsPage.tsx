import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { Select } from '../../components/Select.js';
import { TextField } from '../../components/TextField.js';
import { localized } from '../../lib/types.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { dayOfInstant, formatDay, formatTime, todayInZone } from '../../portal/booking/dates.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { useColleagues } from '../staff/api/list-colleagues.js';
import { changeAppointment, useAgenda, type AgendaAction } from './api/agenda.js';
import type { AgendaItem } from './appointment-types.js';
import { FeedTokenButton } from './FeedTokenButton.js';
import { NewAppointmentForm } from './NewAppointmentForm.js';

/** The reception's agenda: a day or a week, everyone's or one person's. */
export function AppointmentsPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const canBook = hasPermission(session, 'appointments.book');
  const canManage = hasPermission(session, 'appointments.manage');
  const [view, setView] = useState<'day' | 'week'>('day');
  const [day, setDay] = useState(todayInZone());
  const [staffId, setStaffId] = useState('');
  const [creating, setCreating] = useState(false);
  const agenda = useAgenda(view, day || todayInZone(), staffId);
  const colleagues = useColleagues();
  const submit = useSubmit();
  const title = t('appointments.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));

  async function act(item: AgendaItem, action: AgendaAction) {
    const done = await submit.run(() => changeAppointment(item.id, action));
    if (done) agenda.reload();
  }

  const items = agenda.data?.items ?? [];
  const days = [...new Set(items.map((i) => dayOfInstant(i.startsAt)))];
  const lang = i18n.language;

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <div className="govgr-button-group kt-inline-actions">
        {canBook ? (
          <Button onClick={() => setCreating((c) => !c)} aria-expanded={creating}>
            {t('appointments.new')}
          </Button>
        ) : null}
        <FeedTokenButton />
        {canManage ? (
          <Link className="govgr-link" href="/appointments/settings">
            {t('appointments.settings.title')}
          </Link>
        ) : null}
      </div>
      {creating ? (
        <NewAppointmentForm
          onBooked={(startsAt) => {
            setCreating(false);
            setDay(dayOfInstant(startsAt));
            agenda.reload();
          }}
        />
      ) : null}
      <h2 className="govgr-heading-l">{t('appointments.agenda')}</h2>
      <div className="kt-inline-actions">
        <Select
          id="agenda-view"
          label={t('appointments.view')}
          value={view}
          onChange={(v) => setView(v === 'week' ? 'week' : 'day')}
          options={[
            { value: 'day', label: t('appointments.day') },
            { value: 'week', label: t('appointments.week') },
          ]}
        />
        <TextField
          id="agenda-day"
          type="date"
          label={view === 'week' ? t('appointments.weekOf') : t('appointments.date')}
          value={day}
          onChange={setDay}
          widthClass="govgr-input--width-10"
        />
        <Select
          id="agenda-staff"
          label={t('appointments.staff')}
          value={staffId}
          onChange={setStaffId}
          options={[
            { value: '', label: t('appointments.everyone') },
            ...(colleagues.data?.items ?? []).map((c) => ({ value: c.id, label: c.displayName })),
          ]}
        />
      </div>
      <ErrorSummary messages={submit.messages} />
      {agenda.loading ? <Loading /> : null}
      {agenda.error ? <LoadError error={agenda.error} onRetry={agenda.reload} /> : null}
      {agenda.data && items.length === 0 ? (
        <p className="govgr-body" data-testid="agenda-empty">
          {t('appointments.none')}
        </p>
      ) : null}
      {days.map((d) => (
        <div className="kt-table-wrap" key={d}>
          <table className="govgr-table" data-testid="agenda">
            <caption className="govgr-table__caption govgr-heading-s">{formatDay(d, lang)}</caption>
            <thead className="govgr-table__head">
              <tr className="govgr-table__row">
                <th scope="col" className="govgr-table__header">
                  {t('appointments.time')}
                </th>
                <th scope="col" className="govgr-table__header">
                  {t('appointments.type')}
                </th>
                <th scope="col" className="govgr-table__header">
                  {t('appointments.who')}
                </th>
                <th scope="col" className="govgr-table__header">
                  {t('appointments.staff')}
                </th>
                <th scope="col" className="govgr-table__header">
                  {t('appointments.status')}
                </th>
                <th scope="col" className="govgr-table__header">
                  {t('appointments.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="govgr-table__body">
              {items
                .filter((i) => dayOfInstant(i.startsAt) === d)
                .map((item) => (
                  <tr className="govgr-table__row" key={item.id}>
                    <td className="govgr-table__cell">
                      {`${formatTime(item.startsAt, lang)}–${formatTime(item.endsAt, lang)}`}
                    </td>
                    <td className="govgr-table__cell">{localized(item.type.name, lang)}</td>
                    <td className="govgr-table__cell">
                      {item.resident ? (
                        <Link className="govgr-link" href={`/residents/${item.resident.id}`}>
                          {item.resident.name ?? item.contact.name ?? t('appointments.resident')}
                        </Link>
                      ) : (
                        (item.contact.name ?? '—')
                      )}
                      {item.contact.phone ? (
                        <span className="govgr-hint">{item.contact.phone}</span>
                      ) : null}
                    </td>
                    <td className="govgr-table__cell">{item.staff.displayName}</td>
                    <td className="govgr-table__cell">
                      <strong className="govgr-tag">
                        {t(`appointments.statuses.${item.status}`, { defaultValue: item.status })}
                      </strong>
                    </td>
                    <td className="govgr-table__cell">
                      {canBook && item.status === 'booked' ? (
                        <div className="kt-inline-actions">
                          {(['check-in', 'no-show', 'cancel'] as const).map((action) => (
                            <Button
                              key={action}
                              variant={action === 'cancel' ? 'warning' : 'secondary'}
                              disabled={submit.submitting}
                              onClick={() => void act(item, action)}
                            >
                              {t(`appointments.do.${action}`)}
                              <span className="govgr-visually-hidden">
                                {' '}
                                {`${formatTime(item.startsAt, lang)} ${item.contact.name ?? ''}`}
                              </span>
                            </Button>
                          ))}
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
