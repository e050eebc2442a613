import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { labelStep, linePath, niceMax, scale, spread, ticksOf } from './chart-scale.js';
import { formatCount, formatMonth, formatShortMonth } from './report-format.js';
import type { TrendPoint } from './report-types.js';
import { SERIES, type Series } from './trend-series.js';
import { TrendTable } from './TrendTable.js';

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 20, bottom: 36, left: 56 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

/**
 * Residents served and requests per month, as two lines told apart by more than colour (solid
 * with dots, dashed with squares). Screen readers get every figure in the description, and
 * everyone can open the same figures as a table.
 */
export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = useId();
  const top = niceMax(Math.max(0, ...trend.flatMap((p) => [p.servedUnique, p.requests])));
  const xs = spread(trend.length, MARGIN.left, PLOT_W);
  const y = (value: number) => MARGIN.top + PLOT_H - scale(value, top, PLOT_H);
  const multiYear = trend[0]?.month.slice(0, 4) !== trend.at(-1)?.month.slice(0, 4);
  const step = labelStep(trend.length, 12);
  const seriesLabel = (key: Series) => t(`reports.trend.${key}`);
  const description = trend
    .map((p) =>
      t('reports.trend.point', {
        month: formatMonth(p.month, lang),
        served: formatCount(p.servedUnique, lang),
        requests: formatCount(p.requests, lang),
      }),
    )
    .join('; ');

  return (
    <section aria-labelledby={`${id}-heading`} className="kt-report-block">
      <h2 className="govgr-heading-m" id={`${id}-heading`}>
        {t('reports.trend.title')}
      </h2>
      <figure className="kt-chart">
        <svg
          className="kt-chart__svg"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          data-testid="trend-chart"
        >
          <title id={`${id}-title`}>{t('reports.trend.chartTitle')}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {ticksOf(top).map((tick) => (
            <g key={tick}>
              <line
                className="kt-chart__grid"
                x1={MARGIN.left}
                x2={WIDTH - MARGIN.right}
                y1={y(tick)}
                y2={y(tick)}
              />
              <text className="kt-chart__tick" x={MARGIN.left - 8} y={y(tick) + 4} textAnchor="end">
                {formatCount(tick, lang)}
              </text>
            </g>
          ))}
          {trend.map((p, i) =>
            i % step === 0 ? (
              <text
                key={p.month}
                className="kt-chart__tick"
                x={xs[i]}
                y={HEIGHT - 12}
                textAnchor="middle"
              >
                {formatShortMonth(p.month, lang, multiYear)}
              </text>
            ) : null,
          )}
          {SERIES.map(({ key, modifier }) => (
            <g key={key} className={`kt-chart__series kt-chart__series--${modifier}`}>
              <path
                className="kt-chart__line"
                d={linePath(trend.map((p, i) => ({ x: xs[i] ?? 0, y: y(p[key]) })))}
              />
              {trend.map((p, i) =>
                key === 'servedUnique' ? (
                  <circle
                    key={p.month}
                    className="kt-chart__point"
                    cx={xs[i]}
                    cy={y(p[key])}
                    r={4}
                  />
                ) : (
                  <rect
                    key={p.month}
                    className="kt-chart__point"
                    x={(xs[i] ?? 0) - 4}
                    y={y(p[key]) - 4}
                    width={8}
                    height={8}
                  />
                ),
              )}
            </g>
          ))}
        </svg>
        <figcaption>
          <ul className="kt-chart__legend">
            {SERIES.map(({ key, modifier }) => (
              <li key={key} className={`kt-chart__series--${modifier}`}>
                <svg className="kt-chart__swatch" viewBox="0 0 32 12" aria-hidden="true">
                  <line className="kt-chart__line" x1={0} x2={32} y1={6} y2={6} />
                </svg>
                {seriesLabel(key)}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <TrendTable trend={trend} />
    </section>
  );
}
