import { useTranslation } from 'react-i18next';
import { localized } from '../../lib/types.js';
import { BarChart } from './BarChart.js';
import { filtersIgnoredBy, type ReportQuery } from './report-query.js';
import type { ReportTable } from './report-types.js';
import { ReportTableView } from './ReportTableView.js';

export function tableAnchor(table: ReportTable): string {
  return `report-${table.id.replace(/_/g, '-')}`;
}

/** A table of the report under its heading: what it counts, its bar chart, its numbers. */
export function ReportTableSection({
  table,
  query,
  canDrill,
}: {
  table: ReportTable;
  query: ReportQuery;
  canDrill: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const anchor = tableAnchor(table);
  const titleId = `${anchor}-title`;
  const ignored = filtersIgnoredBy(query, table.filtersApplied);
  return (
    // No accessible name on the section: the table's scrolling region carries the title, and two
    // landmarks of one name would be ambiguous.
    <section className="kt-report-block" id={anchor}>
      <h3 className="govgr-heading-s" id={titleId}>
        {localized(table.title, lang)}
      </h3>
      {table.note ? <p className="govgr-hint">{localized(table.note, lang)}</p> : null}
      {ignored.length > 0 ? (
        <p className="govgr-hint">
          {t('reports.filtersIgnored', {
            filters: ignored
              .map((f) => t(`reports.filters.${f === 'staffId' ? 'staff' : f}`))
              .join(', '),
          })}
        </p>
      ) : null}
      {table.chart === 'bar' ? <BarChart table={table} /> : null}
      <ReportTableView table={table} query={query} canDrill={canDrill} titleId={titleId} />
    </section>
  );
}
