import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatAddress, fullName, type ResidentSummary } from './resident-types.js';

interface ResidentResultsProps {
  items: ResidentSummary[];
  /** Where a result leads; the desk opens the file, a picker may choose instead. */
  hrefOf: (r: ResidentSummary) => string;
  onEscapeUp: () => void;
}

/** Arrow keys move between results, Enter opens one; ↑ on the first goes back to the box. */
export function moveFocus(event: KeyboardEvent<HTMLElement>, onEscapeUp: () => void) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = Array.from(
    event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-result]'),
  );
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  if (next < 0) onEscapeUp();
  else links[Math.min(next, links.length - 1)]?.focus();
}

export function ResidentResults({ items, hrefOf, onEscapeUp }: ResidentResultsProps) {
  const { t } = useTranslation();
  const cell = 'govgr-table__cell';
  const heads = ['name', 'fatherName', 'birthDate', 'amka', 'phone', 'address'];
  return (
    <div className="kt-table-wrap" onKeyDown={(e) => moveFocus(e, onEscapeUp)}>
      <table className="govgr-table govgr-table--stacked-s" data-testid="resident-results">
        <caption className="govgr-visually-hidden">{t('residents.resultsCaption')}</caption>
        <thead className="govgr-table__head">
          <tr className="govgr-table__row">
            {heads.map((h) => (
              <th key={h} scope="col" className="govgr-table__header">
                {t(`residents.field.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govgr-table__body">
          {items.map((r) => (
            <tr key={r.id} className="govgr-table__row">
              <td className={cell} data-label={t('residents.field.name')}>
                <Link href={hrefOf(r)} className="govgr-link" data-result="">
                  {fullName(r)}
                </Link>
              </td>
              <td className={cell} data-label={t('residents.field.fatherName')}>
                {r.fatherName ?? ''}
              </td>
              <td className={cell} data-label={t('residents.field.birthDate')}>
                {r.birthDate ?? ''}
              </td>
              <td className={cell} data-label={t('residents.field.amka')}>
                {r.amka ?? ''}
              </td>
              <td className={cell} data-label={t('residents.field.phone')}>
                {r.mobilePhone ?? ''}
              </td>
              <td className={cell} data-label={t('residents.field.address')}>
                {formatAddress(r.address)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
