/** Pure geometry of the dashboard's charts (no DOM), so it can be unit tested. */

/** The smallest 1, 2 or 5 × 10^k at or above `max`; 1 for an empty chart, so axes still draw. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}

/** Evenly spaced gridline values from 0 to `top`, whole numbers only when `top` is small. */
export function ticksOf(top: number, count = 4): number[] {
  const step = top / count;
  const whole = top >= count ? step : 1;
  const ticks: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += whole) ticks.push(Math.round(v * 1000) / 1000);
  return ticks;
}

/** Maps a value in [0, top] to a length in [0, size]. */
export function scale(value: number, top: number, size: number): number {
  if (top <= 0) return 0;
  return (Math.max(0, value) / top) * size;
}

/** x positions of n evenly spaced points across `width`, starting at `left` (one point: centred). */
export function spread(n: number, left: number, width: number): number[] {
  if (n <= 0) return [];
  if (n === 1) return [left + width / 2];
  return Array.from({ length: n }, (_, i) => left + (i * width) / (n - 1));
}

export function linePath(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

/** Every k-th label, so month names along the x axis never overlap (k = 1 up to `fit` labels). */
export function labelStep(n: number, fit: number): number {
  return n <= fit ? 1 : Math.ceil(n / fit);
}

/** A label that fits a chart's label column; the full text stays in the table beside it. */
export function truncateLabel(label: string, maxChars: number): string {
  const chars = Array.from(label);
  if (chars.length <= maxChars) return label;
  return `${chars
    .slice(0, maxChars - 1)
    .join('')
    .trimEnd()}…`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
