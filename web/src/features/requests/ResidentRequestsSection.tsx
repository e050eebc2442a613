import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { formatDateTime } from '../../lib/format-time.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { useResidentRequests } from './api/list-requests.js';

export function ResidentRequestsSection({ residentId }: { residentId: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const list = useResidentRequests(residentId);
  const cell = 'govgr-table__cell';
  const heads = ['occurredAt', 'subject', 'axis', 'channel', 'outcome', 'staff'];
  return (
    <>
      {hasPermission(session, 'requests.write') ? (
        <Link
          href={`/requests/new?residentId=${residentId}`}
          className="govgr-btn govgr-btn-secondary"
        >
          {t('requests.logFor')}
        </Link>
      ) : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data && list.data.items.length === 0 ? (
        <p className="govgr-body">{t('requests.empty')}</p>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="kt-table-wrap">
          <table className="govgr-table govgr-table--stacked-s" data-testid="resident-requests">
            <caption className="govgr-visually-hidden">{t('residents.tab.requests')}</caption>
            <thead className="govgr-table__head">
              <tr className="govgr-table__row">
                {heads.map((h) => (
                  <th key={h} scope="col" className="govgr-table__header">
                    {t(`requests.${h}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govgr-table__body">
              {list.data.items.map((r) => (
                <tr key={r.id} className="govgr-table__row">
                  <td className={cell} data-label={t('requests.occurredAt')}>
                    {formatDateTime(r.occurredAt, i18n.language)}
                  </td>
                  <td className={cell} data-label={t('requests.subject')}>
                    {r.subject}
                  </td>
                  <td className={cell} data-label={t('requests.axis')}>
                    {t(`vocab.axis.${r.axis}`)}
                  </td>
                  <td className={cell} data-label={t('requests.channel')}>
                    {t(`vocab.channel.${r.channel}`)}
                  </td>
                  <td className={cell} data-label={t('requests.outcome')}>
                    {t(`vocab.requestOutcome.${r.outcome}`)}
                  </td>
                  <td className={cell} data-label={t('requests.staff')}>
                    {r.staff.displayName}
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
