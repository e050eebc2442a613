import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { deleteEntry } from './api/directory.js';
import { EntryTags } from './EntryTags.js';

interface DirectoryEntry {
  name: string;
  own: boolean;
  sample: boolean;
  shared?: boolean | undefined;
  status?: string;
}

interface DirectoryEntryPageProps<T extends DirectoryEntry> {
  kind: 'services' | 'organizations';
  id: string;
  /** The question asked before deleting (it differs: an organization takes its services along). */
  confirmDelete: string;
  /** Actions between "edit" and "delete", for managers. */
  extraActions?: ReactNode;
  children: (entry: T) => ReactNode;
}

/**
 * The page shell of one directory entry (service or organization): loading, title, tags, and for
 * managers of the Center that keeps it the edit and delete actions; `children` draw the entry.
 */
export function DirectoryEntryPage<T extends DirectoryEntry>({
  kind,
  id,
  confirmDelete,
  extraActions,
  children,
}: DirectoryEntryPageProps<T>) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [, navigate] = useLocation();
  const submit = useSubmit();
  const entry = useApiQuery<T>(`/api/directory/${kind}/${id}`);
  const data = entry.data;
  useDocumentTitle(
    t('common.pageTitle', {
      page: data?.name ?? t('directory.title'),
      site: t('common.staffAppName'),
    }),
  );
  const editable = Boolean(data?.own) && hasPermission(session, 'directory.manage');

  async function remove() {
    if (!window.confirm(confirmDelete)) return;
    let ok = false;
    await submit.run(async () => {
      await deleteEntry(kind, id);
      ok = true;
    });
    if (ok) navigate('/');
  }

  return (
    <>
      <p className="govgr-body">
        <Link className="govgr-back-link" href="/">
          {t('directory.backToList')}
        </Link>
      </p>
      {entry.error ? <LoadError error={entry.error} onRetry={entry.reload} /> : null}
      {entry.loading ? <Loading /> : null}
      {data ? (
        <>
          <h1 className="govgr-heading-xl">{data.name}</h1>
          <EntryTags entry={data} />
          <ErrorSummary messages={submit.messages} />
          {editable ? (
            <p className="govgr-body kt-inline-actions">
              <Link className="govgr-btn govgr-btn-primary" href={`/${kind}/${id}/edit`}>
                {t('directory.edit')}
              </Link>
              {extraActions}
              <Button variant="warning" onClick={() => void remove()} disabled={submit.submitting}>
                {t('directory.delete')}
              </Button>
            </p>
          ) : null}
          {children(data)}
        </>
      ) : null}
    </>
  );
}
