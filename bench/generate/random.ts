// A small seeded PRNG so generated data is the same on every machine and every run.
// sfc32 (Chris Doty-Humphrey's Small Fast Counter) passes PractRand and needs only 32-bit ops;
// splitmix32 spreads a small seed over its 128-bit state.

/** Returns a float in [0, 1). */
export type Rng = () => number;

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** Hashes a text seed (FNV-1a) so seeds like "demo" work too. */
function hashSeed(seed: number | string): number {
  if (typeof seed === 'number') return seed >>> 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function createRng(seed: number | string): Rng {
  const mix = splitmix32(hashSeed(seed));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** Integer in [min, max], both inclusive. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick from an empty list');
  return items[Math.floor(rng() * items.length)] as T;
}

/** Normally distributed value (Box–Muller; one of the pair is discarded for simplicity). */
export function normal(rng: Rng, mean: number, sd: number): number {
  const u = 1 - rng(); // (0, 1], so log(u) is finite
  const v = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Log-normal value with the given median: right-skewed, like incomes. */
export function logNormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(normal(rng, 0, sigma));
}

/** Items with cumulative weights, built once so each pick is a binary search. */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

export function buildWeightedTable<T>(
  entries: readonly (readonly [T, number])[],
): WeightedTable<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    if (!(weight > 0)) continue;
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  if (items.length === 0) throw new RangeError('a weighted table needs a positive weight');
  return { items, cumulative, total };
}

export function weightedPick<T>(rng: Rng, table: WeightedTable<T>): T {
  const target = rng() * table.total;
  let low = 0;
  let high = table.cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((table.cumulative[mid] ?? 0) > target) high = mid;
    else low = mid + 1;
  }
  return table.items[low] as T;
}
