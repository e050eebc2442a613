import { describe, expect, it } from 'vitest';
import {
  directoryQueryTerms,
  directorySearchText,
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
  const text = directorySearchText(service);
  return directoryQueryTerms(query).every((alternatives) =>
    alternatives.some((stem) => text.includes(` ${stem}`)),
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
});
