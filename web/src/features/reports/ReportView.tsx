import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../lib/types.js';
import type { Colleague } from '../staff/api/list-colleagues.js';
import { ExportLinks } from './ExportLinks.js';
import { FiltersSummary } from './FiltersSummary.js';
import { HeadlineFigures } from './HeadlineFigures.js';
import { formatDateTimeShort, formatPeriod } from './report-format.js';
import type { ReportQuery } from './report-query.js';
import type { PeriodReport, ReportTable } from './report-types.js';
import { ReportTableSection, tableAnchor } from './ReportTableSection.js';
import { TrendChart } from './TrendChart.js';

const GROUPS: ReportTable['group'][] = ['activity', 'indicators'];

interface ReportViewProps {
  report: PeriodReport;
  query: ReportQuery;
  colleagues: Colleague[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  canDrill: boolean;
  canExport: boolean;
}

/** The report of one view: summary, exports, headline figures, trend, then every table. */
export function ReportView(props: ReportViewProps) {
  const { report, query, colleagues, headingRef, canDrill, canExport } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const period = formatPeriod(report.period.from, report.period.to, lang);
  return (
    <div data-testid="report">
      <h2 className="govgr-heading-l" id="report-results" tabIndex={-1} ref={headingRef}>
        {t('reports.resultsFor', { period })}
      </h2>
      <FiltersSummary query={query} colleagues={colleagues} />
      {canExport ? <ExportLinks query={query} /> : null}
      <HeadlineFigures headline={report.headline} />
      <TrendChart trend={report.trend} />
      <nav aria-labelledby="report-contents-title" className="kt-report-block">
        <h2 className="govgr-heading-m" id="report-contents-title">
          {t('reports.contents')}
        </h2>
        {GROUPS.map((group) => (
          <div key={group}>
            <p className="govgr-body kt-report-contents__group">{t(`reports.group.${group}`)}</p>
            <ul className="govgr-list">
              {report.tables
                .filter((table) => table.group === group)
                .map((table) => (
                  <li key={table.id}>
                    <a className="govgr-link" href={`#${tableAnchor(table)}`}>
                      {localized(table.title, lang)}
                    </a>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
      {GROUPS.map((group) => (
        <section key={group} aria-labelledby={`report-group-${group}`}>
          <h2 className="govgr-heading-l" id={`report-group-${group}`}>
            {t(`reports.group.${group}`)}
          </h2>
          {report.tables
            .filter((table) => table.group === group)
            .map((table) => (
              <ReportTableSection key={table.id} table={table} query={query} canDrill={canDrill} />
            ))}
        </section>
      ))}
      <p className="govgr-hint">
        {t('reports.generated', {
          at: formatDateTimeShort(report.generatedAt, lang),
          version: report.definitionsVersion,
        })}
      </p>
    </div>
  );
}
