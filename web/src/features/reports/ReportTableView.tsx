import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localized } from '../../lib/types.js';
import { formatValue } from './report-format.js';
import { drillHref, type ReportQuery } from './report-query.js';
import type { ReportRow, ReportTable } from './report-types.js';

interface ReportTableViewProps {
  table: ReportTable;
  query: ReportQuery;
  /** The session may open the list of residents behind a number (`residents.read`). */
  canDrill: boolean;
  titleId: string;
}

/** One table of the report; a drillable row's first number links to the residents behind it. */
export function ReportTableView({ table, query, canDrill, titleId }: ReportTableViewProps) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="kt-table-wrap" role="region" aria-labelledby={titleId} tabIndex={0}>
      <table className="govgr-table kt-report-table" data-testid={`report-table-${table.id}`}>
        <caption className="govgr-visually-hidden">{localized(table.title, lang)}</caption>
        <thead className="govgr-table__head">
          <tr className="govgr-table__row">
            <th scope="col" className="govgr-table__header">
              {localized(table.dimension, lang)}
            </th>
            {table.columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className="govgr-table__header govgr-table__header--numeric"
              >
                {localized(c.label, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govgr-table__body">
          {table.rows.map((r) => (
            <TableRow key={r.key} table={table} row={r} query={query} canDrill={canDrill} />
          ))}
        </tbody>
        {table.total ? (
          <tfoot className="kt-report-table__total">
            <TableRow table={table} row={table.total} query={query} canDrill={canDrill} />
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

function TableRow({
  table,
  row,
  query,
  canDrill,
}: {
  table: ReportTable;
  row: ReportRow;
  query: ReportQuery;
  canDrill: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = localized(row.label, lang);
  return (
    <tr className="govgr-table__row">
      <th scope="row" className="govgr-table__header">
        {label}
      </th>
      {table.columns.map((c, i) => {
        const value = row.values[c.key] ?? null;
        const text = formatValue(value, c.kind, lang);
        // Nobody is behind a zero: no link to an empty list.
        const drill = i === 0 && canDrill && row.drillable && value !== null && value > 0;
        return (
          <td key={c.key} className="govgr-table__cell govgr-table__cell--numeric">
            {drill ? (
              <Link href={drillHref(query, table.id, row.key)} className="govgr-link">
                {text}
                <span className="govgr-visually-hidden">
                  {t('reports.drillLink', { row: label, table: localized(table.title, lang) })}
                </span>
              </Link>
            ) : (
              text
            )}
          </td>
        );
      })}
    </tr>
  );
}
