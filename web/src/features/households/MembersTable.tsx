import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { HouseholdView } from './household-types.js';

/** Current and former members: a membership keeps its dates, so the history stays visible. */
export function MembersTable({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const cell = 'govgr-table__cell';
  const heads = ['name', 'relationship', 'birthDate', 'startDate', 'endDate'];
  return (
    <div className="kt-table-wrap">
      <table className="govgr-table govgr-table--stacked-s">
        <caption className="govgr-visually-hidden">{t('households.members')}</caption>
        <thead className="govgr-table__head">
          <tr className="govgr-table__row">
            {heads.map((h) => (
              <th key={h} scope="col" className="govgr-table__header">
                {t(`households.col.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govgr-table__body">
          {household.members.map((m) => (
            <tr key={m.id} className="govgr-table__row">
              <td className={cell} data-label={t('households.col.name')}>
                {m.residentId ? (
                  <Link href={`/residents/${m.residentId}`} className="govgr-link">
                    {m.surname} {m.givenName}
                  </Link>
                ) : (
                  `${m.surname} ${m.givenName}`
                )}
              </td>
              <td className={cell} data-label={t('households.col.relationship')}>
                {t(`vocab.relationship.${m.relationship}`)}
              </td>
              <td className={cell} data-label={t('households.col.birthDate')}>
                {m.birthDate ?? '—'}
              </td>
              <td className={cell} data-label={t('households.col.startDate')}>
                {m.startDate}
              </td>
              <td className={cell} data-label={t('households.col.endDate')}>
                {m.endDate ?? t('households.stillMember')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
