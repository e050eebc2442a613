import { describe, it, expect } from 'vitest';
import {
  GREEK_FEMALE_NAMES,
  GREEK_MALE_NAMES,
  GREEK_SURNAMES,
  feminineSurname,
} from './greek-names.js';

describe('feminineSurname', () => {
  it.each([
    ['Παπαδόπουλος', 'Παπαδοπούλου'],
    ['Ζαφειρόπουλος', 'Ζαφειροπούλου'],
    ['Κόκκινος', 'Κοκκίνου'],
    ['Οικονόμος', 'Οικονόμου'], // accent already on the penult
    ['Ρούσσος', 'Ρούσσου'],
    ['Κατσαρός', 'Κατσαρού'],
    ['Παπάς', 'Παπά'],
    ['Παππάς', 'Παππά'],
    ['Κωστέας', 'Κωστέα'],
    ['Μπέλλας', 'Μπέλλα'],
    ['Νικολαΐδης', 'Νικολαΐδου'],
    ['Ιωαννίδης', 'Ιωαννίδου'],
    ['Γεωργιάδης', 'Γεωργιάδου'],
    ['Μαυράκης', 'Μαυράκη'],
    ['Καραγιάννης', 'Καραγιάννη'],
    ['Χατζής', 'Χατζή'],
    ['Γεωργίου', 'Γεωργίου'],
    ['Χατζόγλου', 'Χατζόγλου'],
    ['Μιχαήλ', 'Μιχαήλ'],
    ['Χότζα', 'Χότζα'],
    ['ΠΑΠΑΔΟΠΟΥΛΟΣ', 'ΠΑΠΑΔΟΠΟΥΛΟΥ'],
    ['ΝΙΚΟΛΑΪΔΗΣ', 'ΝΙΚΟΛΑΪΔΟΥ'],
    ['ΜΑΥΡΑΚΗΣ', 'ΜΑΥΡΑΚΗ'],
  ])('%s → %s', (masc, feminine) => {
    expect(feminineSurname(masc)).toBe(feminine);
  });

  it('gives every listed surname a form with exactly one tonos', () => {
    for (const [masc] of GREEK_SURNAMES) {
      const accents =
        feminineSurname(masc)
          .normalize('NFD')
          .match(/\u0301/g) ?? [];
      expect(accents, `${masc} → ${feminineSurname(masc)}`).toHaveLength(1);
    }
  });
});

describe('name lists', () => {
  it.each([
    ['male given names', GREEK_MALE_NAMES, 80],
    ['female given names', GREEK_FEMALE_NAMES, 80],
    ['surnames', GREEK_SURNAMES, 150],
  ] as const)('%s: about %i distinct names with positive weights', (_label, list, size) => {
    const names = list.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(size * 0.95);
    expect(list.every(([, weight]) => weight > 0)).toBe(true);
  });

  it('keeps the most common names first', () => {
    expect(GREEK_MALE_NAMES[0]?.[0]).toBe('Γεώργιος');
    expect(GREEK_FEMALE_NAMES[0]?.[0]).toBe('Μαρία');
  });
});
