import { useTranslation } from 'react-i18next';
import { exportHref, type ReportQuery } from './report-query.js';

const FORMATS = ['csv', 'xlsx', 'pdf'] as const;

/**
 * Plain links: the server answers with the file (Content-Disposition: attachment) and audits it.
 * The hint says before the download that small counts are hidden in files that leave the screen.
 */
export function ExportLinks({ query }: { query: ReportQuery }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="report-export-title" className="kt-report-block">
      <h2 className="govgr-heading-m" id="report-export-title">
        {t('reports.export.title')}
      </h2>
      <p className="govgr-body" id="report-export-hint">
        {t('reports.export.suppression')}
      </p>
      <ul className="kt-inline-actions kt-report-export">
        {FORMATS.map((format) => (
          <li key={format}>
            <a
              className="govgr-btn govgr-btn-secondary"
              href={exportHref(query, format, i18n.language)}
              download
              aria-describedby="report-export-hint"
            >
              {t(`reports.export.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
