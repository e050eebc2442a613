import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CaseSummary } from './case-types.js';

export function CasesTable({ items, caption }: { items: CaseSummary[]; caption: string }) {
  const { t } = useTranslation();
  const cell = 'govgr-table__cell';
  const heads = ['resident', 'topics', 'status', 'assignedWorker', 'openedAt', 'nextReview'];
  if (items.length === 0) return <p className="govgr-body">{t('cases.empty')}</p>;
  return (
    <div className="kt-table-wrap">
      <table className="govgr-table govgr-table--stacked-s" data-testid="cases-table">
        <caption className="govgr-visually-hidden">{caption}</caption>
        <thead className="govgr-table__head">
          <tr className="govgr-table__row">
            {heads.map((h) => (
              <th key={h} scope="col" className="govgr-table__header">
                {t(`cases.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govgr-table__body">
          {items.map((c) => (
            <tr key={c.id} className="govgr-table__row">
              <td className={cell} data-label={t('cases.resident')}>
                <Link href={`/cases/${c.id}`} className="govgr-link">
                  {c.residentName}
                </Link>
              </td>
              <td className={cell} data-label={t('cases.topics')}>
                {c.topics.join(', ')}
              </td>
              <td className={cell} data-label={t('cases.status')}>
                {t(`vocab.caseStatus.${c.status}`)}
              </td>
              <td className={cell} data-label={t('cases.assignedWorker')}>
                {c.assignedWorker?.displayName ?? '—'}
              </td>
              <td className={cell} data-label={t('cases.openedAt')}>
                {c.openedAt.slice(0, 10)}
              </td>
              <td className={cell} data-label={t('cases.nextReview')}>
                {c.nextReviewDate ?? '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
