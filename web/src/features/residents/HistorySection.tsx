import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { formatDateTime } from '../../lib/format-time.js';
import { useResidentHistory } from './api/get-history.js';
import { fieldLabel, valueText } from './history-values.js';

/** «Ιστορικό αλλαγών»: every rectification, field by field, with the previous value kept. */
export function HistorySection({ residentId }: { residentId: string }) {
  const { t, i18n } = useTranslation();
  const history = useResidentHistory(residentId);
  const cell = 'govgr-table__cell';
  const heads = ['version', 'changedAt', 'changedBy', 'field', 'from', 'to'] as const;
  const rows = (history.data?.items ?? []).flatMap((entry) =>
    entry.changes.map((change) => ({ entry, change })),
  );
  return (
    <section aria-labelledby="history-heading" className="kt-file-section">
      <h3 className="govgr-heading-m" id="history-heading">
        {t('residents.history.title')}
      </h3>
      {history.error ? <LoadError error={history.error} onRetry={history.reload} /> : null}
      {history.loading ? <Loading /> : null}
      {history.data && rows.length === 0 ? (
        <p className="govgr-body">{t('residents.history.empty')}</p>
      ) : null}
      {rows.length > 0 ? (
        <div className="kt-table-wrap">
          <table className="govgr-table govgr-table--stacked-s" data-testid="resident-history">
            <caption className="govgr-visually-hidden">{t('residents.history.title')}</caption>
            <thead className="govgr-table__head">
              <tr className="govgr-table__row">
                {heads.map((h) => (
                  <th key={h} scope="col" className="govgr-table__header">
                    {t(`residents.history.${h}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govgr-table__body">
              {rows.map(({ entry, change }) => (
                <tr key={`${entry.version}-${change.field}`} className="govgr-table__row">
                  <td className={cell} data-label={t('residents.history.version')}>
                    {entry.version}
                  </td>
                  <td className={cell} data-label={t('residents.history.changedAt')}>
                    {formatDateTime(entry.changedAt, i18n.language)}
                  </td>
                  <td className={cell} data-label={t('residents.history.changedBy')}>
                    {entry.changedBy?.displayName ?? t('common.notStated')}
                  </td>
                  <td className={cell} data-label={t('residents.history.field')}>
                    {fieldLabel(change.field, t)}
                  </td>
                  <td className={cell} data-label={t('residents.history.from')}>
                    {valueText(change.field, change.from, t)}
                  </td>
                  <td className={cell} data-label={t('residents.history.to')}>
                    {valueText(change.field, change.to, t)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
