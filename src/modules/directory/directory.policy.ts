import { AppError } from '../../lib/app-error.js';

/**
 * How a Center stands to a directory entry: it keeps it (`own`), another Center shared it
 * (`shared`: read only), or it may not know the entry exists (`hidden`).
 */
export type EntryAccess = 'own' | 'shared' | 'hidden';

interface Entry {
  center_id: string;
  shared: boolean;
}

export function entryAccess(entry: Entry, centerId: string): EntryAccess {
  if (entry.center_id === centerId) return 'own';
  return entry.shared ? 'shared' : 'hidden';
}

/** Reading: a missing entry and another Center's private one both answer `not_found`. */
export function readableEntry<T extends Entry>(
  entry: T | undefined,
  centerId: string,
): { entry: T; own: boolean } {
  const access = entry ? entryAccess(entry, centerId) : 'hidden';
  if (!entry || access === 'hidden') throw new AppError('not_found');
  return { entry, own: access === 'own' };
}

/** Writing: only the Center that keeps an entry changes it; a shared one is read only. */
export function editableEntry<T extends Entry>(entry: T | undefined, centerId: string): T {
  const readable = readableEntry(entry, centerId);
  if (!readable.own) throw new AppError('forbidden');
  return readable.entry;
}
