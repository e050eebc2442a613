import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReferralSummary } from './referral-types.js';

export function ReferralsTable({ items, caption }: { items: ReferralSummary[]; caption: string }) {
  const { t } = useTranslation();
  const cell = 'govgr-table__cell';
  const heads = ['resident', 'destination', 'urgency', 'status', 'dueOn', 'owner'];
  if (items.length === 0) return <p className="govgr-body">{t('referrals.empty')}</p>;
  return (
    <div className="kt-table-wrap">
      <table className="govgr-table govgr-table--stacked-s" data-testid="referrals-table">
        <caption className="govgr-visually-hidden">{caption}</caption>
        <thead className="govgr-table__head">
          <tr className="govgr-table__row">
            {heads.map((h) => (
              <th key={h} scope="col" className="govgr-table__header">
                {t(`referrals.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govgr-table__body">
          {items.map((r) => (
            <tr key={r.id} className="govgr-table__row">
              <td className={cell} data-label={t('referrals.resident')}>
                <Link href={`/${r.id}`} className="govgr-link">
                  {r.residentName}
                </Link>
              </td>
              <td className={cell} data-label={t('referrals.destination')}>
                {r.destinationName}
              </td>
              <td className={cell} data-label={t('referrals.urgency')}>
                {t(`referrals.urgencyValue.${r.urgency}`)}
              </td>
              <td className={cell} data-label={t('referrals.status')}>
                {t(`referrals.status.${r.status}`)}
              </td>
              <td className={cell} data-label={t('referrals.dueOn')}>
                {r.dueOn}
                {r.overdue ? (
                  <strong className="govgr-!-font-weight-bold"> · {t('referrals.overdue')}</strong>
                ) : null}
              </td>
              <td className={cell} data-label={t('referrals.owner')}>
                {r.owner.displayName}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
