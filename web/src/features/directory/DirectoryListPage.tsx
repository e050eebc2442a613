import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { Pagination } from '../../components/Pagination.js';
import { Select } from '../../components/Select.js';
import { TextField } from '../../components/TextField.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { CATEGORIES, type ServiceList } from './directory-types.js';
import { EntryTags } from './EntryTags.js';
import { ImportExport } from './ImportExport.js';

interface Filters {
  q: string;
  category: string;
  scope: string;
  page: number;
}

function listPath(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.category) params.set('category', filters.category);
  if (filters.scope !== 'all') params.set('scope', filters.scope);
  if (filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return `/api/directory/services${query ? `?${query}` : ''}`;
}

/** `/staff/directory`: the Center's services and those other Centers share. */
export function DirectoryListPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const manager = hasPermission(session, 'directory.manage');
  const title = t('directory.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const [draft, setDraft] = useState({ q: '', category: '', scope: 'all' });
  const [filters, setFilters] = useState<Filters>({ q: '', category: '', scope: 'all', page: 1 });
  const list = useApiQuery<ServiceList>(listPath(filters));

  function search(event: FormEvent) {
    event.preventDefault();
    setFilters({ ...draft, page: 1 });
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      {manager ? (
        <p className="govgr-body kt-inline-actions">
          <Link className="govgr-btn govgr-btn-primary" href="/services/new">
            {t('directory.newService')}
          </Link>
          <Link className="govgr-btn govgr-btn-secondary" href="/organizations/new">
            {t('directory.newOrganization')}
          </Link>
        </p>
      ) : null}
      <form role="search" onSubmit={search} noValidate>
        <TextField
          id="directory-q"
          type="search"
          label={t('directory.searchLabel')}
          hint={t('directory.searchHint')}
          value={draft.q}
          onChange={(q) => setDraft((d) => ({ ...d, q }))}
        />
        <div className="kt-inline-actions">
          <Select
            id="directory-category"
            label={t('directory.fields.category')}
            value={draft.category}
            options={[
              { value: '', label: t('directory.allCategories') },
              ...CATEGORIES.map((c) => ({ value: c, label: t(`directory.category.${c}`) })),
            ]}
            onChange={(category) => setDraft((d) => ({ ...d, category }))}
          />
          <Select
            id="directory-scope"
            label={t('directory.scope.label')}
            value={draft.scope}
            options={['all', 'own', 'shared'].map((value) => ({
              value,
              label: t(`directory.scope.${value}`),
            }))}
            onChange={(scope) => setDraft((d) => ({ ...d, scope }))}
          />
        </div>
        <Button type="submit">{t('directory.search')}</Button>
      </form>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      <p className="govgr-body" role="status" aria-live="polite">
        {list.data ? t('directory.resultCount', { count: list.data.total }) : ''}
      </p>
      {list.data ? (
        <>
          <ul className="kt-services">
            {list.data.items.map((item) => (
              <li key={item.id} className="govgr-card govgr-card--border-top">
                <div className="govgr-card__body">
                  <h2 className="govgr-card__heading">
                    <Link className="govgr-link" href={`/services/${item.id}`}>
                      {item.name}
                    </Link>
                  </h2>
                  <p className="govgr-hint">{item.organizationName}</p>
                  {item.description ? <p className="govgr-card__text">{item.description}</p> : null}
                  <EntryTags entry={item} />
                </div>
              </li>
            ))}
          </ul>
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(page) => setFilters((f) => ({ ...f, page }))}
          />
        </>
      ) : null}
      {manager ? <ImportExport onImported={list.reload} /> : null}
    </>
  );
}
