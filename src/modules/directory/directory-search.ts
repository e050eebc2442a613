import { normalizeForSearch, phoneticSkeletons, splitWords } from '../../lib/greek-text.js';
import { directoryCategories, isDirectoryCategory } from './directory.vocabulary.js';

// Search keys of the directory (docs/decisions/0011-directory-hsds.md). Every word of a service's
// texts becomes its phonetic skeleton (src/lib/greek-text.ts, the one residents search uses), so
// accents, case, final sigma and Greek/Greeklish spellings meet: «Παντοπωλείο», «ΠΑΝΤΟΠΩΛΕΙΟ»,
// «pantopwleio» and «pantopoleio» are all "padopolio". A query word matches the start of a
// stored word after losing its inflected ending, so «παντοπωλεία» finds «παντοπωλείο».

export interface SearchableService {
  name: string;
  alternateName: string | null;
  description: string | null;
  eligibilityDescription: string | null;
  organizationName: string;
  organizationAlternateName: string | null;
  categories: readonly string[];
}

/** The words that count, most important first: the rank of a match is its position. */
function searchableParts(service: SearchableService): (string | null)[] {
  const categoryLabels = service.categories.flatMap((code) =>
    isDirectoryCategory(code) ? [directoryCategories[code].el, directoryCategories[code].en] : [],
  );
  return [
    service.name,
    service.alternateName,
    service.organizationName,
    service.organizationAlternateName,
    ...categoryLabels,
    service.description,
    service.eligibilityDescription,
  ];
}

/** The stored key: ' skeleton skeleton …' (a space before every word), duplicates dropped. */
export function directorySearchText(service: SearchableService): string {
  const seen = new Set<string>();
  for (const part of searchableParts(service)) {
    for (const word of splitWords(part ?? '')) {
      const skeleton = phoneticSkeletons(word)[0];
      if (skeleton) seen.add(skeleton);
    }
  }
  return [...seen].map((skeleton) => ` ${skeleton}`).join('');
}

/**
 * Every start of two or more letters of every stored word: a query word matches when its stem
 * is one of them, an exact lookup in a GIN index instead of a pattern over every row.
 */
export function searchPrefixes(searchText: string): string[] {
  const prefixes = new Set<string>();
  for (const word of searchText.split(' ')) {
    for (let end = 2; end <= word.length; end++) prefixes.add(word.slice(0, end));
  }
  return [...prefixes];
}

/** The key services are listed by: accents dropped, lower case, final σ (Greek order in bytes). */
export function sortName(name: string): string {
  return normalizeForSearch(name);
}

/**
 * Drops an inflected ending so singular, plural and genitive meet (παντοπωλείο, -εία, -είου).
 * Short words (ΚΕΠ, ΚΕΠΑ, ΔΥΠΑ, ΕΦΚΑ) stay whole: they are acronyms, not inflected nouns.
 */
export function stemQuerySkeleton(skeleton: string): string {
  if (skeleton.length < 5) return skeleton;
  let stem = skeleton.endsWith('s') ? skeleton.slice(0, -1) : skeleton;
  if (/[aeiou]$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.endsWith('i') && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}

const MAX_QUERY_WORDS = 6;

/**
 * The query as one list of alternative word starts per word (Greeklish can be read a few ways:
 * x is χ or ξ, h is χ or η). A service matches when every word matches one of its alternatives.
 * Words of one letter are ignored: they match almost everything.
 */
export function directoryQueryTerms(query: string): string[][] {
  const terms: string[][] = [];
  for (const word of splitWords(query)) {
    if ([...word].length < 2) continue;
    const stems = [...new Set(phoneticSkeletons(word).map(stemQuerySkeleton))].filter(
      (stem) => stem !== '',
    );
    if (stems.length > 0) terms.push(stems);
    if (terms.length === MAX_QUERY_WORDS) break;
  }
  return terms;
}
