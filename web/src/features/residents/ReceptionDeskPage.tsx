import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { InitialFocus } from '../../components/InitialFocus.js';
import { LoadError } from '../../components/LoadError.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { Pagination } from '../../components/Pagination.js';
import { TextField } from '../../components/TextField.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { ResidentResults } from './ResidentResults.js';
import { useResidentSearch } from './use-resident-search.js';

export function focusSearchBox() {
  document.getElementById('resident-search')?.focus();
}

/** The reception desk: one box, results as you type, a new file one shortcut away. */
export function ReceptionDeskPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [, navigate] = useLocation();
  const logged = new URLSearchParams(useSearch()).has('logged');
  const [query, setQuery] = useState('');
  const [paging, setPaging] = useState({ query: '', page: 1 });
  const page = paging.query === query ? paging.page : 1;
  const search = useResidentSearch(query, page);
  const canWrite = hasPermission(session, 'residents.write');
  const canLog = hasPermission(session, 'requests.write');
  useDocumentTitle(
    t('common.pageTitle', { page: t('residents.deskTitle'), site: t('common.staffAppName') }),
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const key = event.key.toLowerCase();
      if (canWrite && (key === 'n' || key === 'ν')) {
        event.preventDefault();
        navigate('/residents/new');
      } else if (canLog && (key === 'r' || key === 'ρ')) {
        event.preventDefault();
        navigate('/requests/new');
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canWrite, canLog, navigate]);

  const data = query.trim() ? search.data : undefined;
  return (
    <>
      <h1 className="govgr-heading-xl">{t('residents.deskTitle')}</h1>
      {logged && !query ? (
        <NotificationBanner title={t('requests.savedTitle')} success testId="request-saved">
          <p className="govgr-body">{t('requests.savedText')}</p>
        </NotificationBanner>
      ) : null}
      <div className="kt-inline-actions kt-desk-actions">
        {canWrite ? (
          <Link
            href="/residents/new"
            className="govgr-btn govgr-btn-primary"
            aria-keyshortcuts="Alt+N"
          >
            {t('residents.newResident')} <kbd className="kt-kbd">{t('residents.newShortcut')}</kbd>
          </Link>
        ) : null}
        {canLog ? (
          <Link
            href="/requests/new"
            className="govgr-btn govgr-btn-secondary"
            aria-keyshortcuts="Alt+R"
          >
            {t('requests.logAnonymous')} <kbd className="kt-kbd">{t('requests.logShortcut')}</kbd>
          </Link>
        ) : null}
      </div>
      <InitialFocus targetId="resident-search" />
      <div role="search">
        <TextField
          id="resident-search"
          type="search"
          label={t('residents.searchLabel')}
          hint={t('residents.searchHint')}
          value={query}
          onChange={setQuery}
          autoComplete="off"
          spellCheck={false}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowDown') return;
            const first = document.querySelector<HTMLAnchorElement>('a[data-result]');
            if (first) {
              e.preventDefault();
              first.focus();
            }
          }}
        />
      </div>
      <p role="status" className="govgr-body" data-testid="search-status">
        {!query.trim()
          ? ''
          : search.loading && !data
            ? t('common.loading')
            : data
              ? t('residents.resultCount', { count: data.total })
              : ''}
      </p>
      {search.error ? <LoadError error={search.error} /> : null}
      {data && data.items.length > 0 ? (
        <>
          <ResidentResults
            items={data.items}
            hrefOf={(r) => `/residents/${r.id}`}
            onEscapeUp={() => focusSearchBox()}
          />
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onPage={(p) => setPaging({ query, page: p })}
          />
        </>
      ) : null}
    </>
  );
}
