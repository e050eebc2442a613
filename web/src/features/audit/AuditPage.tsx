import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { AUDIT_PAGE_SIZE, listAudit, type AuditPageResult } from './api/list-audit.js';
import { AuditTable } from './AuditTable.js';

export function AuditPage() {
  const { t } = useTranslation();
  const first = useApiQuery<AuditPageResult>(`/api/audit?limit=${AUDIT_PAGE_SIZE}`);
  const [more, setMore] = useState<AuditPageResult | null>(null);
  const loadMore = useSubmit();
  useDocumentTitle(
    t('common.pageTitle', { page: t('audit.title'), site: t('common.staffAppName') }),
  );

  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const nextBefore = more ? more.nextBefore : (first.data?.nextBefore ?? null);

  async function onLoadMore() {
    const page = await loadMore.run(() => listAudit(nextBefore));
    if (page)
      setMore({ items: [...(more?.items ?? []), ...page.items], nextBefore: page.nextBefore });
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{t('audit.title')}</h1>
      {first.error ? <LoadError error={first.error} onRetry={first.reload} /> : null}
      {first.loading && !first.data ? <Loading /> : null}
      {first.data ? (
        <>
          <div className="kt-table-wrap">
            <AuditTable items={items} />
          </div>
          <ErrorSummary messages={loadMore.messages} />
          {nextBefore ? (
            <Button
              variant="secondary"
              disabled={loadMore.submitting}
              onClick={() => void onLoadMore()}
            >
              {t('audit.loadMore')}
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
