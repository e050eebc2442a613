import { describe, expect, it } from 'vitest';
import {
  directoryQueryTerms,
  directorySearchText,
  searchPrefixes,
  sortName,
  stemQuerySkeleton,
  type SearchableService,
} from './directory-search.js';

const grocery: SearchableService = {
  name: 'Κοινωνικό Παντοπωλείο',
  alternateName: 'Social grocery',
  description: 'Τρόφιμα και είδη πρώτης ανάγκης κάθε μήνα.',
  eligibilityDescription: null,
  organizationName: 'Δήμος Αμαρουσίου',
  organizationAlternateName: null,
  categories: ['food'],
};

/** What the SQL does: every query word has an alternative that starts a stored word. */
function matches(service: SearchableService, query: string): boolean {
  const prefixes = new Set(searchPrefixes(directorySearchText(service)));
  return directoryQueryTerms(query).every((alternatives) =>
    alternatives.some((stem) => prefixes.has(stem)),
  );
}

describe('directory search keys', () => {
  it.each([
    ['κοινωνικό παντοπωλείο', true],
    ['ΚΟΙΝΩΝΙΚΟ ΠΑΝΤΟΠΩΛΕΙΟ', true],
    ['κοινωνικα παντοπωλεία', true],
    ['παντοπωλείου', true],
    ['pantopwleio', true],
    ['koinoniko pantopoleio', true],
    ['social grocery', true],
    ['grocery', true],
    ['τρόφιμα', true],
    ['Food', true],
    ['Αμαρουσίου', true],
    ['amarousiou', true],
    ['φαρμακείο', false],
    ['pharmacy', false],
  ])('«%s» finds the social grocery: %s', (query, expected) => {
    expect(matches(grocery, query)).toBe(expected);
  });

  it('ignores accents, case and final sigma in stored text', () => {
    const shouty = { ...grocery, name: 'ΚΟΙΝΩΝΙΚΟΣ ΠΑΝΤΟΠΩΛΗΣ' };
    const quiet = { ...grocery, name: 'κοινωνικός παντοπώλης' };
    expect(directorySearchText(shouty)).toBe(directorySearchText(quiet));
  });

  it('keeps acronyms whole and drops endings of longer words', () => {
    expect(stemQuerySkeleton('kepa')).toBe('kepa');
    expect(stemQuerySkeleton('padopolio')).toBe('padopol');
    expect(stemQuerySkeleton('padopolia')).toBe('padopol');
  });

  it('reads Greeklish a few ways and ignores one-letter words', () => {
    expect(directoryQueryTerms('a')).toEqual([]);
    // x is χ (χέρι) or ξ (ξερή).
    const [xeri] = directoryQueryTerms('xeri');
    expect(xeri).toEqual(['heri', 'kser']);
  });

  it('finds an acronym typed in Latin letters', () => {
    const kep = { ...grocery, name: 'ΚΕΠ Αμαρουσίου', alternateName: null, categories: [] };
    expect(matches(kep, 'kep')).toBe(true);
    expect(matches(kep, 'ΚΕΠ')).toBe(true);
  });

  it('lists every start of two or more letters of every word', () => {
    expect(searchPrefixes(' kep padopolio')).toEqual(
      expect.arrayContaining(['ke', 'kep', 'pa', 'padop', 'padopolio']),
    );
    expect(searchPrefixes(' kep')).not.toContain('k');
  });

  it('sorts names in Greek alphabetical order by bytes', () => {
    const names = ['Ωδείο', 'Άγιος Σάββας', 'αγορά', 'Βοήθεια στο Σπίτι', 'ΚΑΠΗ', 'Κέντρο'];
    const sorted = [...names].sort((a, b) => (sortName(a) < sortName(b) ? -1 : 1));
    expect(sorted).toEqual([
      'Άγιος Σάββας',
      'αγορά',
      'Βοήθεια στο Σπίτι',
      'ΚΑΠΗ',
      'Κέντρο',
      'Ωδείο',
    ]);
  });
});
