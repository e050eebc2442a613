import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time.js';
import type { ReferralView } from './referral-types.js';

/** Every change of status: when, to what, why, by whom (the partner's link has no name). */
export function ReferralHistory({ history }: { history: ReferralView['history'] }) {
  const { t, i18n } = useTranslation();
  const d = (key: string) => t(`referrals.detail.${key}`);
  const cell = 'govgr-table__cell';
  return (
    <section aria-labelledby="history-heading">
      <h2 className="govgr-heading-m" id="history-heading">
        {d('history')}
      </h2>
      <div className="kt-table-wrap">
        <table className="govgr-table govgr-table--stacked-s" data-testid="referral-history">
          <caption className="govgr-visually-hidden">{d('history')}</caption>
          <thead className="govgr-table__head">
            <tr className="govgr-table__row">
              {['historyAt', 'historyStatus', 'statusReason', 'historyBy'].map((h) => (
                <th key={h} scope="col" className="govgr-table__header">
                  {d(h)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govgr-table__body">
            {history.map((h, i) => (
              <tr key={i} className="govgr-table__row">
                <td className={cell} data-label={d('historyAt')}>
                  {formatDateTime(h.at, i18n.language)}
                </td>
                <td className={cell} data-label={d('historyStatus')}>
                  {t(`referrals.status.${h.toStatus}`)}
                </td>
                <td className={cell} data-label={d('statusReason')}>
                  {[h.reason ? t(`referrals.reason.${h.reason}`) : '', h.note ?? '']
                    .filter(Boolean)
                    .join(' · ') || '—'}
                </td>
                <td className={cell} data-label={d('historyBy')}>
                  {h.actorKind === 'partner_link'
                    ? d('viaLink')
                    : h.actorKind === 'system'
                      ? d('system')
                      : (h.actorName ?? '—')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
