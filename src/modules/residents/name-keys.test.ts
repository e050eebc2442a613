import { describe, expect, it } from 'vitest';
import { parseSearchQuery, residentSearchKeys, stemSkeleton, wordKeys } from './name-keys.js';

const keyOf = (word: string) => wordKeys(word)[0];

describe('wordKeys: one key for every spelling of a name', () => {
  it.each([
    // accents, case, final sigma
    ['Παπαδόπουλος', 'ΠΑΠΑΔΟΠΟΥΛΟΣ'],
    ['Παπαδόπουλος', 'παπαδοπουλοσ'],
    // ELOT 743 and informal Greeklish
    ['Παπαδόπουλος', 'Papadopoulos'],
    ['Παπαδόπουλος', 'papadopulos'],
    ['Θεοδωρόπουλος', '8eodwropoulos'],
    ['Χατζηδάκης', 'Xatzidakis'],
    ['Χατζηδάκης', 'Hatzidakis'],
    ['Χατζηδάκης', 'Chatzidakis'],
    ['Ψαρράς', 'Psarras'],
    ['Οικονόμου', 'Ikonomou'],
    ['Μπακογιάννης', 'Bakogiannis'],
    ['Ντόκος', 'Dokos'],
    ['Ευάγγελος', 'Evangelos'],
    ['Ευθυμίου', 'Efthimiou'],
    ['Γιάννης', 'Yannis'],
    // feminine and genitive forms of surnames
    ['Παπαδόπουλος', 'Παπαδοπούλου'],
    ['Μαυράκης', 'Μαυράκη'],
    ['Παπάς', 'Παπά'],
    ['Νικολαΐδης', 'Νικολαΐδου'],
    ['Κωστέας', 'Κωστέα'],
    ['Γρηγόριος', 'Γρηγορίου'],
    // name forms (synonyms)
    ['Γεώργιος', 'Γιώργος'],
    ['Ιωάννης', 'Γιάννης'],
    ['Κωνσταντίνος', 'Κώστας'],
    ['Νικόλαος', 'Νίκος'],
    ['Μαρία', 'Μαίρη'],
    ['Βασιλική', 'Βάσω'],
    ['Ελένη', 'Λένα'],
    ['Δημήτριος', 'Δημήτρης'],
    ['Γεώργιος', 'giorgos'],
  ])('%s ≡ %s', (a, b) => {
    expect(wordKeys(b)).toContain(keyOf(a));
  });

  it.each([
    ['Παπαδόπουλος', 'Παπαδάκης'],
    ['Μαρία', 'Μάρκος'],
    ['Γεώργιος', 'Γρηγόριος'],
    ['Ελένη', 'Ευαγγελία'],
  ])('%s ≢ %s', (a, b) => {
    expect(wordKeys(b)).not.toContain(keyOf(a));
  });

  it('keeps every reading of an ambiguous Greeklish spelling', () => {
    // x is χ in Xristos and ξ in Alexandros.
    expect(wordKeys('Xristos')).toContain(keyOf('Χρήστος'));
    expect(wordKeys('Alexandros')).toContain(keyOf('Αλέξανδρος'));
  });
});

describe('stemSkeleton', () => {
  it.each([
    ['papadopulos', 'papadopul'],
    ['papadopulu', 'papadopul'],
    ['georios', 'geor'],
    ['io', 'io'],
    ['ilias', 'ili'],
  ])('%s → %s', (skeleton, stem) => {
    expect(stemSkeleton(skeleton)).toBe(stem);
  });
});

describe('residentSearchKeys', () => {
  it('indexes surname, given name and father’s name; ranks on surname and given name', () => {
    const keys = residentSearchKeys({
      surname: 'Παπαδοπούλου-Γεωργίου',
      givenName: 'Μαρία',
      fatherName: 'Νίκος',
    });
    expect(keys.tokens).toEqual(['papadopul', 'geor', 'mari', 'nikola']);
    expect(keys.text).toBe('papadopulu georiu maria');
  });
});

describe('parseSearchQuery', () => {
  it.each([
    ['01013099997', { kind: 'amka', value: '01013099997' }],
    ['090000045', { kind: 'afm', value: '090000045' }],
    ['90000045', { kind: 'afm', value: '090000045' }],
    ['210 6123 456', { kind: 'phone', digits: '210 6123 456' }],
    ['+30 6912345678', { kind: 'phone', digits: '+30 6912345678' }],
    ['   ', { kind: 'empty' }],
  ])('%s', (query, expected) => {
    expect(parseSearchQuery(query)).toEqual(expected);
  });

  it('turns names into keys per word, in any order', () => {
    expect(parseSearchQuery('Γιώργος  ΠΑΠΑΔΟΠΟΥΛΟΣ')).toEqual({
      kind: 'name',
      words: [['geor'], ['papadopul']],
      text: 'iorgos papadopulos',
    });
  });
});
