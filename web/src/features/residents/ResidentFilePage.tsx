import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { useResident } from './api/get-resident.js';
import { FILE_TABS, visibleTabs, type FileTab } from './file-tabs.js';
import { FileSection } from './FileSection.js';
import { ResidentHeader } from './ResidentHeader.js';
import { fullName } from './resident-types.js';

export function ResidentFilePage({ id, tab }: { id: string; tab?: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const search = useSearch();
  const resident = useResident(id);
  const tabs = visibleTabs(session);
  const current: FileTab | undefined = FILE_TABS.find((x) => x === (tab ?? 'timeline'));
  const page = resident.data ? fullName(resident.data) : t('residents.fileTitle');
  useDocumentTitle(t('common.pageTitle', { page, site: t('common.staffAppName') }));

  if (resident.error) {
    return (
      <>
        <h1 className="govgr-heading-xl">{t('residents.fileTitle')}</h1>
        <LoadError error={resident.error} onRetry={resident.reload} />
      </>
    );
  }
  if (!resident.data) return <Loading />;
  const shown = current && tabs.includes(current) ? current : undefined;
  return (
    <>
      {new URLSearchParams(search).get('merged') ? (
        <NotificationBanner title={t('residents.merge.doneTitle')} success testId="merge-done">
          <p className="govgr-body">{t('residents.merge.doneText')}</p>
        </NotificationBanner>
      ) : null}
      {new URLSearchParams(search).get('registered') ? (
        <NotificationBanner title={t('residents.registeredTitle')} success>
          <p className="govgr-body">{t('residents.registeredText')}</p>
        </NotificationBanner>
      ) : null}
      <ResidentHeader resident={resident.data} canLog={hasPermission(session, 'requests.write')} />
      <nav className="kt-subnav" aria-label={t('residents.sections')}>
        <ul className="kt-subnav__list">
          {tabs.map((x) => (
            <li key={x}>
              <Link
                href={x === 'timeline' ? `/residents/${id}` : `/residents/${id}/${x}`}
                className="govgr-link kt-nav__link"
                aria-current={x === shown ? 'page' : undefined}
              >
                {t(`residents.tab.${x}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {shown ? (
        <FileSection tab={shown} resident={resident.data} onResident={resident.setData} />
      ) : (
        <p className="govgr-body">{t('common.forbidden')}</p>
      )}
    </>
  );
}
