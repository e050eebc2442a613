import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { Select } from '../../components/Select.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { uploadDocument } from './api/upload-document.js';
import { DocumentList } from './DocumentList.js';
import { DOCUMENT_TYPES } from './document-types.js';

export function DocumentsSection({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const canRead = hasPermission(session, 'documents.read');
  const [type, setType] = useState('other');
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [uploads, setUploads] = useState(0);
  const submit = useSubmit();
  const error = submit.fieldErrors.file;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!submit.validate(file ? [] : [{ field: 'file', message: t('documents.fileRequired') }]))
      return;
    const doc = file ? await submit.run(() => uploadDocument(residentId, file, type)) : undefined;
    if (!doc) return;
    setUploaded(doc.fileName);
    setFile(null);
    setUploads((k) => k + 1);
  }

  return (
    <>
      {uploaded ? (
        <NotificationBanner title={t('documents.uploadedTitle')} success>
          <p className="govgr-body">{t('documents.uploadedText', { name: uploaded })}</p>
        </NotificationBanner>
      ) : null}
      {canRead ? <DocumentList residentId={residentId} uploads={uploads} /> : null}
      {hasPermission(session, 'documents.write') ? (
        <form
          className="govgr-form"
          noValidate
          onSubmit={(e) => void onSubmit(e)}
          aria-labelledby="upload-heading"
        >
          <h3 className="govgr-heading-m" id="upload-heading">
            {t('documents.upload')}
          </h3>
          <ErrorSummary messages={submit.messages} />
          <Select
            id="type"
            label={t('documents.type')}
            value={type}
            onChange={setType}
            options={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`vocab.documentType.${d}`) }))}
          />
          <div className={error ? 'govgr-field govgr-field__error' : 'govgr-field'}>
            <label className="govgr-label" htmlFor="file">
              <span>{t('documents.file')}</span>
              <span className="govgr-hint" id="file-hint">
                {t('documents.fileHint')}
              </span>
              {error ? (
                <span className="govgr-error-message" id="file-error">
                  {error}
                </span>
              ) : null}
            </label>
            <input
              key={uploads}
              id="file"
              name="file"
              type="file"
              className="govgr-file"
              accept="application/pdf,image/jpeg,image/png"
              aria-describedby={error ? 'file-hint file-error' : 'file-hint'}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <Button type="submit" disabled={submit.submitting}>
            {t('documents.uploadSubmit')}
          </Button>
        </form>
      ) : null}
    </>
  );
}
