import { AppError } from '../../lib/app-error.js';

/**
 * How a Center stands to a directory entry: it keeps it (`own`), another Center shared it
 * (`shared`: read only), or it may not know the entry exists (`hidden`).
 */
export type EntryAccess = 'own' | 'shared' | 'hidden';

export function entryAccess(entry: { center_id: string; shared: boolean }, centerId: string) {
  if (entry.center_id === centerId) return 'own' as const;
  return entry.shared ? ('shared' as const) : ('hidden' as const);
}

/** Reading: another Center's private entry answers as if it did not exist. */
export function assertReadable(access: EntryAccess | null): asserts access is 'own' | 'shared' {
  if (access === null || access === 'hidden') throw new AppError('not_found');
}

/** Writing: only the Center that keeps an entry changes it; a shared one is read only. */
export function assertEditable(access: EntryAccess | null): void {
  assertReadable(access);
  if (access !== 'own') throw new AppError('forbidden');
}
