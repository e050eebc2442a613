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

/**
 * Gridlines from 0 to `top` (a niceMax value) at round steps: 10 → 0, 2, … 10; 20 → 0, 5, … 20;
 * 50 → 0, 10, … 50; never a fraction, since the charts count people and requests.
 */
export function ticksOf(top: number): number[] {
  const power = 10 ** Math.floor(Math.log10(top));
  const lead = Math.round(top / power);
  const step = Math.max(1, lead === 1 ? power / 5 : lead === 2 ? power / 2 : power);
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
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
