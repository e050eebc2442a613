import { createHash } from 'node:crypto';

/**
 * A stable UUID for a part that has no row of its own (a language, a required document, an
 * address…): the same parent and position always give the same id, so two exports of unchanged
 * data are byte-identical.
 */
export function derivedId(parentId: string, kind: string, index: number): string {
  const hex = createHash('sha256').update(`${parentId}/${kind}/${index}`).digest('hex');
  // Shaped as a version-8 (custom) UUID: HSDS declares its ids with format "uuid".
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The HSDS taxonomy of Koinotita's categories and the id of each of its terms. */
export const CATEGORY_TAXONOMY = 'koinotita-directory-category';

export function categoryTermId(code: string): string {
  return derivedId(CATEGORY_TAXONOMY, code, 0);
}

function isIdKey(key: string): boolean {
  return key === 'id' || key.endsWith('_id');
}

/**
 * The document with every id (`id` and `*_id` members) replaced by `#n`, numbered in order of
 * first appearance. Two exports are "identical" when their stable forms are equal: an import
 * gives every entry a new id (ids are global across Centers), so only the links between parts,
 * not the UUIDs themselves, can survive a round trip.
 */
export function withStableIds(document: unknown): unknown {
  const numbers = new Map<string, string>();
  const relabel = (id: string) => {
    let label = numbers.get(id);
    if (!label) {
      label = `#${numbers.size + 1}`;
      numbers.set(id, label);
    }
    return label;
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, member]) => [
        key,
        isIdKey(key) && typeof member === 'string' ? relabel(member) : walk(member),
      ]),
    );
  };
  return walk(document);
}
