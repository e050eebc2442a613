import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useMyTasks } from './api/applications.js';
import { useBenefitNames } from './api/catalog-names.js';

/** `/staff/tasks`: deadlines and renewals due on the staff member's applications. */
export function TasksPage() {
  const { t } = useTranslation();
  const tasks = useMyTasks();
  const names = useBenefitNames();
  const title = t('applications.tasks.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const items = tasks.data?.items ?? [];
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      {tasks.error ? <LoadError error={tasks.error} onRetry={tasks.reload} /> : null}
      {tasks.loading ? <Loading /> : null}
      {tasks.data && items.length === 0 ? (
        <p className="govgr-body">{t('applications.tasks.none')}</p>
      ) : null}
      {items.length > 0 ? (
        <div className="kt-table-wrap">
          <table className="govgr-table govgr-table--dense">
            <caption className="govgr-table__caption govgr-table__caption--m">
              {t('applications.tasks.caption', { count: items.length })}
            </caption>
            <thead className="govgr-table__head">
              <tr>
                {['due', 'kind', 'resident', 'benefit', 'status'].map((c) => (
                  <th key={c} scope="col" className="govgr-table__header">
                    {t(`applications.tasks.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govgr-table__body">
              {items.map((x, i) => (
                <tr key={x.id ?? `${x.applicationId ?? ''}-${x.kind ?? ''}-${i}`}>
                  <td className="govgr-table__cell">{x.due ?? t('common.notStated')}</td>
                  <td className="govgr-table__cell">
                    {x.kind
                      ? t(`applications.tasks.kind.${x.kind}`, { defaultValue: x.kind })
                      : t('common.notStated')}
                  </td>
                  <td className="govgr-table__cell">
                    {x.residentId ? (
                      <Link className="govgr-link" href={`/residents/${x.residentId}/benefits`}>
                        {x.residentName ?? t('applications.tasks.openFile')}
                      </Link>
                    ) : (
                      (x.residentName ?? t('common.notStated'))
                    )}
                  </td>
                  <td className="govgr-table__cell">
                    {x.benefit ? names.nameOf(x.benefit) : t('common.notStated')}
                  </td>
                  <td className="govgr-table__cell">
                    {x.status
                      ? t(`applications.status.${x.status}`, { defaultValue: x.status })
                      : t('common.notStated')}
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
