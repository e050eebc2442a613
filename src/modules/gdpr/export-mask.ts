/** What a sealed value becomes in an export (see docs/decisions/0007-gdpr.md). */
export const SEALED_MARKER = 'sealed: available from its author on request';

/**
 * A database row made fit for a subject-access export: sealed (encrypted) columns become a
 * marker, hashes (password, token, chain) and binary values are left out, instants become ISO.
 */
export function maskRow(row: Record<string, unknown>): Record<string, unknown> {
  const masked: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column.endsWith('_hash') || Buffer.isBuffer(value)) continue;
    if (column.endsWith('_sealed')) {
      masked[column] = value === null ? null : SEALED_MARKER;
    } else {
      masked[column] = value instanceof Date ? value.toISOString() : value;
    }
  }
  return masked;
}
