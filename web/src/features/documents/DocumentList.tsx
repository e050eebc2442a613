import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { formatDateTime } from '../../lib/format-time.js';
import { useDocuments } from './api/list-documents.js';

/** `uploads` counts this page's uploads, so the list refreshes after each one. */
export function DocumentList({ residentId, uploads }: { residentId: string; uploads: number }) {
  const { t, i18n } = useTranslation();
  const list = useDocuments(residentId);
  const { reload } = list;
  useEffect(() => {
    if (uploads > 0) reload();
  }, [uploads, reload]);
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  if (list.data.items.length === 0) return <p className="govgr-body">{t('documents.empty')}</p>;
  return (
    <ul className="govgr-list" data-testid="documents">
      {list.data.items.map((d) => (
        <li key={d.id}>
          <a className="govgr-link" href={`/api/documents/${d.id}/content`} download={d.fileName}>
            {d.fileName}
          </a>{' '}
          · {t(`vocab.documentType.${d.type}`)} · {formatDateTime(d.uploadedAt, i18n.language)} ·{' '}
          {d.uploadedBy.displayName}
        </li>
      ))}
    </ul>
  );
}
