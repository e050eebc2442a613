import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { useSubmit } from '../../lib/use-submit.js';
import { importDirectory } from './api/directory.js';

const CSV_TABLES = [
  'service',
  'organization',
  'location',
  'address',
  'service_at_location',
  'phone',
  'contact',
  'schedule',
  'language',
  'cost_option',
  'required_document',
  'attribute',
];

/** Managers' tools: HSDS JSON export and import, HSDS tabular CSV one table at a time. */
export function ImportExport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [table, setTable] = useState('service');
  const [done, setDone] = useState<string | null>(null);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setDone(null);
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      submit.validate([{ message: t('directory.import.notJson') }]);
      return;
    }
    const result = await submit.run(() => importDirectory(document));
    if (result) {
      setDone(t('directory.import.done', result));
      onImported();
    }
  }

  return (
    <section aria-labelledby="directory-transfer">
      <h2 className="govgr-heading-m" id="directory-transfer">
        {t('directory.import.title')}
      </h2>
      <ErrorSummary messages={submit.messages} />
      {done ? (
        <p className="govgr-body" role="status">
          {done}
        </p>
      ) : null}
      <p className="govgr-body">
        <a className="govgr-link" href="/api/directory/export.json" download>
          {t('directory.import.exportJson')}
        </a>
      </p>
      <div className="kt-inline-actions">
        <Select
          id="directory-csv-table"
          label={t('directory.import.csvTable')}
          value={table}
          options={CSV_TABLES.map((value) => ({ value, label: `${value}.csv` }))}
          onChange={setTable}
        />
        <a
          className="govgr-btn govgr-btn-secondary"
          href={`/api/directory/export.csv?table=${table}`}
          download
        >
          {t('directory.import.exportCsv')}
        </a>
      </div>
      <div className="govgr-field">
        <label className="govgr-label" htmlFor="directory-import-file">
          <span>{t('directory.import.file')}</span>
          <span className="govgr-hint" id="directory-import-hint">
            {t('directory.import.hint')}
          </span>
        </label>
        <input
          id="directory-import-file"
          className="govgr-file-upload"
          type="file"
          accept="application/json,.json"
          aria-describedby="directory-import-hint"
          disabled={submit.submitting}
          onChange={(e) => void readFile(e)}
        />
      </div>
    </section>
  );
}
