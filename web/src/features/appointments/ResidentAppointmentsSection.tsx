import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { localized } from '../../lib/types.js';
import { formatDay, formatTime, dayOfInstant } from '../../portal/booking/dates.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { useResidentAppointments } from './api/agenda.js';

/** The resident's file, «Ραντεβού»: every appointment linked to the file, newest first. */
export function ResidentAppointmentsSection({ residentId }: { residentId: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const list = useResidentAppointments(residentId);
  const lang = i18n.language;
  const cell = 'govgr-table__cell';
  const items = list.data?.items ?? [];
  return (
    <>
      {hasPermission(session, 'appointments.book') ? (
        <Link href="/appointments" className="govgr-btn govgr-btn-secondary">
          {t('appointments.new')}
        </Link>
      ) : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data && items.length === 0 ? (
        <p className="govgr-body">{t('appointments.residentNone')}</p>
      ) : null}
      {items.length > 0 ? (
        <div className="kt-table-wrap">
          <table className="govgr-table govgr-table--stacked-s" data-testid="resident-appointments">
            <caption className="govgr-visually-hidden">{t('residents.tab.appointments')}</caption>
            <thead className="govgr-table__head">
              <tr className="govgr-table__row">
                <th scope="col" className="govgr-table__header">
                  {t('appointments.when')}
                </th>
                <th scope="col" className="govgr-table__header">
                  {t('appointments.type')}
                </th>
                <th scope="col" className="govgr-table__header">
                  {t('appointments.staff')}
                </th>
                <th scope="col" className="govgr-table__header">
                  {t('appointments.status')}
                </th>
              </tr>
            </thead>
            <tbody className="govgr-table__body">
              {items.map((item) => (
                <tr key={item.id} className="govgr-table__row">
                  <td className={cell} data-label={t('appointments.when')}>
                    {`${formatDay(dayOfInstant(item.startsAt), lang)}, ${formatTime(item.startsAt, lang)}–${formatTime(item.endsAt, lang)}`}
                  </td>
                  <td className={cell} data-label={t('appointments.type')}>
                    {localized(item.type.name, lang)}
                  </td>
                  <td className={cell} data-label={t('appointments.staff')}>
                    {item.staff.displayName}
                  </td>
                  <td className={cell} data-label={t('appointments.status')}>
                    <strong className="govgr-tag">
                      {t(`appointments.statuses.${item.status}`, { defaultValue: item.status })}
                    </strong>
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
