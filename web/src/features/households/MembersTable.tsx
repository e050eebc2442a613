import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EndMembership } from './EndMembership.js';
import type { HouseholdView } from './household-types.js';

interface MembersTableProps {
  household: HouseholdView;
  /** Given when the person may end memberships of this (current) household. */
  onSaved?: (h: HouseholdView) => void;
  onReload?: () => void;
}

/** Current and former members: a membership keeps its dates, so the history stays visible. */
export function MembersTable({ household, onSaved, onReload }: MembersTableProps) {
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
            {onSaved ? (
              <th scope="col" className="govgr-table__header">
                {t('households.col.actions')}
              </th>
            ) : null}
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
              {onSaved ? (
                <td className={cell} data-label={t('households.col.actions')}>
                  {m.endDate ? null : (
                    <EndMembership
                      household={household}
                      member={m}
                      onSaved={onSaved}
                      onReload={onReload ?? (() => undefined)}
                    />
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
