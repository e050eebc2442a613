import { sha256Hex } from '../../../lib/crypto.js';

/**
 * The fingerprint an idempotency key is bound to: the same key with another body is a client bug
 * (or a replay of someone else's key), never a retry. Keys are sorted so that property order,
 * which JSON does not fix, cannot make a true retry look different.
 */
export function requestHash(route: string, body: unknown): string {
  return sha256Hex(`${route}\n${canonicalJson(body)}`);
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
