import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../lib/types.js';
import { niceMax, scale, truncateLabel } from './chart-scale.js';
import { formatValue } from './report-format.js';
import type { ReportTable } from './report-types.js';

const WIDTH = 640;
const LABEL_W = 270;
const VALUE_W = 60;
const ROW_H = 28;
const BAR_H = 18;
const PAD = 8;
/** About as many characters as fit LABEL_W at the chart's font size. */
const LABEL_CHARS = 32;

/**
 * Horizontal bars of a table's first column (the count the table is about; further columns are
 * splits of it or other measures, read in the table below). Horizontal, so Greek category
 * names stay readable; the table with the same numbers is always shown beside it.
 */
export function BarChart({ table }: { table: ReportTable }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = useId();
  const column = table.columns[0];
  if (!column || table.rows.length === 0) return null;
  const value = (key: string) => table.rows.find((r) => r.key === key)?.values[column.key] ?? 0;
  const top = niceMax(Math.max(0, ...table.rows.map((r) => value(r.key))));
  const barSpace = WIDTH - LABEL_W - VALUE_W - PAD;
  const height = PAD * 2 + table.rows.length * ROW_H;
  const title = t('reports.barChartTitle', {
    title: localized(table.title, lang),
    column: localized(column.label, lang),
  });
  const description = table.rows
    .map((r) => `${localized(r.label, lang)}: ${formatValue(value(r.key), column.kind, lang)}`)
    .join('; ');

  return (
    <figure className="kt-chart">
      <svg
        className="kt-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid={`bar-chart-${table.id}`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line
          className="kt-chart__axis"
          x1={LABEL_W}
          x2={LABEL_W}
          y1={PAD / 2}
          y2={height - PAD / 2}
        />
        {table.rows.map((r, i) => {
          const rowTop = PAD + i * ROW_H;
          const length = scale(value(r.key), top, barSpace);
          return (
            <g key={r.key}>
              <text
                className="kt-chart__label"
                x={LABEL_W - 8}
                y={rowTop + ROW_H / 2 + 4}
                textAnchor="end"
              >
                {truncateLabel(localized(r.label, lang), LABEL_CHARS)}
              </text>
              <rect
                className="kt-chart__bar"
                x={LABEL_W}
                y={rowTop + (ROW_H - BAR_H) / 2}
                width={length}
                height={BAR_H}
              />
              <text className="kt-chart__tick" x={LABEL_W + length + 6} y={rowTop + ROW_H / 2 + 4}>
                {formatValue(value(r.key), column.kind, lang)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
