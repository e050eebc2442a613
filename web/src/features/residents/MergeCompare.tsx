import { useTranslation } from 'react-i18next';
import { fullName, type ResidentSummary, type ResidentView } from './resident-types.js';

type Person = Pick<
  ResidentView | ResidentSummary,
  'id' | 'surname' | 'givenName' | 'fatherName' | 'birthDate' | 'amka' | 'afm'
>;

const ROWS = ['name', 'fatherName', 'birthDate', 'amka', 'afm'] as const;

function value(p: Person, key: (typeof ROWS)[number]): string {
  if (key === 'name') return fullName(p);
  return p[key] ?? '';
}

/** The two files side by side, so the coordinator sees they are the same person. */
export function MergeCompare({ survivor, duplicate }: { survivor: Person; duplicate: Person }) {
  const { t } = useTranslation();
  return (
    <div className="kt-table-wrap">
      <table className="govgr-table" data-testid="merge-compare">
        <caption className="govgr-visually-hidden">{t('residents.merge.compareCaption')}</caption>
        <thead className="govgr-table__head">
          <tr className="govgr-table__row">
            <td className="govgr-table__header" />
            <th scope="col" className="govgr-table__header">
              {t('residents.merge.survivor')}
            </th>
            <th scope="col" className="govgr-table__header">
              {t('residents.merge.duplicate')}
            </th>
          </tr>
        </thead>
        <tbody className="govgr-table__body">
          {ROWS.map((key) => {
            const a = value(survivor, key);
            const b = value(duplicate, key);
            return (
              <tr key={key} className="govgr-table__row">
                <th scope="row" className="govgr-table__header">
                  {t(`residents.field.${key}`)}
                </th>
                <td className="govgr-table__cell">{a || t('common.notStated')}</td>
                <td className="govgr-table__cell">
                  {b || t('common.notStated')}
                  {a && b && a !== b ? (
                    <span className="govgr-hint"> {t('residents.merge.differs')}</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
