import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { Pagination } from '../../components/Pagination.js';
import { Select } from '../../components/Select.js';
import { TextField } from '../../components/TextField.js';
import { CATEGORIES, type ServiceList } from '../../features/directory/directory-types.js';
import { SampleTag } from '../../features/directory/SampleTag.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';

interface Filters {
  q: string;
  category: string;
  page: number;
}

function listPath(filters: Filters, centerQuery: string): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.category) params.set('category', filters.category);
  if (filters.page > 1) params.set('page', String(filters.page));
  const query = [params.toString(), centerQuery].filter(Boolean).join('&');
  return `/api/public/directory${query ? `?${query}` : ''}`;
}

/** `/directory`: the services residents can turn to, searchable in Greek, Greeklish or English. */
export function PublicDirectorySearch({ centerQuery }: { centerQuery: string }) {
  const { t } = useTranslation();
  const title = t('portal.directory.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.appName') }));
  const [draft, setDraft] = useState({ q: '', category: '' });
  const [filters, setFilters] = useState<Filters>({ q: '', category: '', page: 1 });
  const list = useApiQuery<ServiceList>(listPath(filters, centerQuery));

  function search(event: FormEvent) {
    event.preventDefault();
    setFilters({ ...draft, page: 1 });
  }

  const categoryOptions = [
    { value: '', label: t('directory.allCategories') },
    ...CATEGORIES.map((c) => ({ value: c, label: t(`directory.category.${c}`) })),
  ];

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <p className="govgr-body">{t('portal.directory.intro')}</p>
      <form role="search" onSubmit={search} noValidate>
        <TextField
          id="directory-q"
          type="search"
          label={t('directory.searchLabel')}
          hint={t('directory.searchHint')}
          value={draft.q}
          onChange={(q) => setDraft((d) => ({ ...d, q }))}
        />
        <Select
          id="directory-category"
          label={t('directory.fields.category')}
          value={draft.category}
          options={categoryOptions}
          onChange={(category) => setDraft((d) => ({ ...d, category }))}
        />
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
                  <p className="govgr-hint">
                    {item.organizationName}
                    {item.status !== 'active'
                      ? ` · ${t(`directory.status.${item.status.replace(' ', '_')}`)}`
                      : ''}
                  </p>
                  {item.description ? <p className="govgr-card__text">{item.description}</p> : null}
                  {item.sample ? (
                    <p className="govgr-body">
                      <SampleTag />
                    </p>
                  ) : null}
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
    </>
  );
}
