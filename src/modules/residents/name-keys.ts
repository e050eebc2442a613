import { phoneticSkeletons, splitWords } from '../../lib/greek-text.js';

// Search keys of names (docs/decisions/0006-resident-search.md). A key is the phonetic
// skeleton of a word without its inflected ending, then mapped through the name forms below:
// Παπαδόπουλος/Παπαδοπούλου, Μαυράκης/Μαυράκη, Παπάς/Παπά, Γεώργιος/Γεωργίου and
// Γιώργος/Γεώργιος all give one key each.

/**
 * Forms of one given name, the formal one first (greece.md §5). Extend freely: each form maps
 * to the key of the first. Forms whose keys collide with another group's are taken by the
 * first group that lists them (Βάσω belongs to Βασιλική, so Βάσος is not listed under Βασίλειος).
 */
export const NAME_FORMS: readonly (readonly string[])[] = [
  ['Γεώργιος', 'Γιώργος', 'Γιωργής'],
  ['Ιωάννης', 'Γιάννης', 'Γιαννάκης'],
  ['Ιωάννα', 'Γιάννα'],
  ['Κωνσταντίνος', 'Κώστας', 'Κωστής', 'Ντίνος'],
  ['Κωνσταντίνα', 'Ντίνα'],
  ['Νικόλαος', 'Νίκος', 'Νικολής'],
  ['Μαρία', 'Μαίρη', 'Μαρίκα'],
  ['Βασιλική', 'Βάσω', 'Βίκυ', 'Βάσια'],
  ['Ελένη', 'Λένα', 'Ελενίτσα'],
  ['Δημήτριος', 'Δημήτρης', 'Μήτσος'],
  ['Αικατερίνη', 'Κατερίνα', 'Κατίνα'],
  ['Παναγιώτης', 'Πάνος', 'Γιώτης'],
  ['Παναγιώτα', 'Γιώτα'],
  ['Αθανάσιος', 'Θανάσης', 'Θάνος'],
  ['Ευάγγελος', 'Βαγγέλης'],
  ['Ευαγγελία', 'Βαγγελιώ'],
  ['Χαράλαμπος', 'Χάρης', 'Μπάμπης', 'Λάμπης'],
  ['Αναστάσιος', 'Τάσος'],
  ['Αναστασία', 'Τασούλα'],
  ['Εμμανουήλ', 'Μανώλης', 'Μάνος'],
  ['Σπυρίδων', 'Σπύρος'],
  ['Θεόδωρος', 'Θοδωρής'],
  ['Μιχαήλ', 'Μιχάλης'],
  ['Στυλιανός', 'Στέλιος'],
  ['Ευστάθιος', 'Στάθης'],
  ['Απόστολος', 'Τόλης'],
  ['Ευφροσύνη', 'Φρόσω'],
  ['Θεοδώρα', 'Δώρα'],
];

/**
 * Drops the inflected ending of a skeleton so masculine, feminine and genitive forms meet:
 * a final s, then one vowel, then an i left by -ιος/-ιου (Γρηγόριος/Γρηγόρης/Γρηγορίου).
 * Short words are kept longer so that they stay distinctive.
 */
export function stemSkeleton(skeleton: string): string {
  let stem = skeleton.endsWith('s') && skeleton.length > 3 ? skeleton.slice(0, -1) : skeleton;
  if (/[aeiou]$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
  if (stem.endsWith('i') && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}

function buildCanonicalForms(): Map<string, string> {
  const canonical = new Map<string, string>();
  for (const group of NAME_FORMS) {
    const target = stemSkeleton(phoneticSkeletons(group[0] ?? '')[0] ?? '');
    for (const form of group) {
      const key = stemSkeleton(phoneticSkeletons(form)[0] ?? '');
      if (key !== '' && !canonical.has(key)) canonical.set(key, target);
    }
  }
  return canonical;
}

const canonicalForms = buildCanonicalForms();

/** The keys of one word: one per reading of its spelling (Greeklish can have a few). */
export function wordKeys(word: string): string[] {
  const keys = phoneticSkeletons(word).map((skeleton) => {
    const stem = stemSkeleton(skeleton);
    return canonicalForms.get(stem) ?? stem;
  });
  return [...new Set(keys)];
}

export interface NameParts {
  surname: string;
  givenName: string;
  fatherName?: string | null;
}

export interface ResidentSearchKeys {
  /** Keys of every word of the surname, given name and father's name (GIN-indexed). */
  tokens: string[];
  /** Skeletons of surname and given name as typed, to rank closer spellings first. */
  text: string;
}

/** What a resident row stores for search; computed in TypeScript on every write. */
export function residentSearchKeys(name: NameParts): ResidentSearchKeys {
  const words = [name.surname, name.givenName, name.fatherName ?? ''].flatMap(splitWords);
  const tokens = [...new Set(words.flatMap(wordKeys))];
  const text = [name.surname, name.givenName]
    .flatMap(splitWords)
    .map((word) => phoneticSkeletons(word)[0] ?? '')
    .filter((skeleton) => skeleton !== '')
    .join(' ');
  return { tokens, text };
}

export const MAX_QUERY_WORDS = 6;

export type ParsedQuery =
  | { kind: 'amka'; value: string }
  | { kind: 'afm'; value: string }
  | { kind: 'phone'; digits: string }
  | { kind: 'name'; words: string[][]; text: string }
  | { kind: 'empty' };

/**
 * Reads the one search box: 11 digits are an ΑΜΚΑ, 9 (or legacy 8) an ΑΦΜ, 10 or more a phone
 * (with +30/0030); anything else is names in any order, each word turned into its keys.
 */
export function parseSearchQuery(query: string): ParsedQuery {
  const trimmed = query.trim();
  if (/^[\d\s+\-.()/]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    if (digits.length === 11 && !trimmed.startsWith('+')) return { kind: 'amka', value: digits };
    if (digits.length === 9) return { kind: 'afm', value: digits };
    if (digits.length === 8) return { kind: 'afm', value: '0' + digits };
    if (digits.length >= 10) return { kind: 'phone', digits: trimmed };
  }
  const words = splitWords(trimmed)
    .slice(0, MAX_QUERY_WORDS)
    .map(wordKeys)
    .filter((keys) => keys.length > 0);
  if (words.length === 0) return { kind: 'empty' };
  const text = splitWords(trimmed)
    .map((word) => phoneticSkeletons(word)[0] ?? '')
    .join(' ');
  return { kind: 'name', words, text };
}
