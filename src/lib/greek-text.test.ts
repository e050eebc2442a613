import { describe, it, expect } from 'vitest';
import {
  isGreekVowel,
  normalizeForSearch,
  phoneticSkeleton,
  phoneticSkeletons,
  splitWords,
  transliterateElot743,
} from './greek-text.js';

describe('normalizeForSearch', () => {
  it.each([
    ['Παπαδόπουλος', 'παπαδοπουλοσ'],
    ['ΠΑΠΑΔΟΠΟΥΛΟΣ', 'παπαδοπουλοσ'],
    ['ΠΑΠΑΔΟΠΟΎΛΟΥ', 'παπαδοπουλου'], // upper() keeps tonos; the key must not
    ['Νικολαΐδης', 'νικολαιδησ'],
    ['ΝΙΚΟΛΑΪΔΗΣ', 'νικολαιδησ'],
    ['Προϋπολογισμός', 'προυπολογισμοσ'],
    ['ΐ ΰ', 'ι υ'],
    ['  Γιώργος \t  Παπάς\n', 'γιωργοσ παπασ'],
    ['Οδός Ερμού; ', 'οδοσ ερμου;'],
    ['ά\u0301', 'α'], // stray combining accent
    ['Ὀδυσσεύς', 'οδυσσευσ'], // polytonic breathing and accent
    ['ABC Κηφισίας', 'abc κηφισιασ'], // Latin letters stay Latin
    ['Café', 'cafe'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('gives accented and unaccented spellings the same key', () => {
    expect(normalizeForSearch('Αικατερίνη')).toBe(normalizeForSearch('ΑΙΚΑΤΕΡΙΝΗ'));
  });
});

describe('transliterateElot743', () => {
  describe('names from the brief', () => {
    it.each([
      ['Παπαδόπουλος', 'Papadopoulos'],
      ['ΠΑΠΑΔΟΠΟΥΛΟΣ', 'PAPADOPOULOS'],
      ['Γιώργος', 'Giorgos'],
      ['Ευάγγελος', 'Evangelos'],
      ['Αυγερινός', 'Avgerinos'],
      ['Ευθυμίου', 'Efthymiou'],
      ['Μπακογιάννη', 'Bakogianni'],
      ['Ντόρα', 'Ntora'],
    ])('%s → %s', (greek, latin) => {
      expect(transliterateElot743(greek)).toBe(latin);
    });
  });

  describe('single letters', () => {
    it.each([
      ['αβγδεζηθικλμνξοπρστυφχψω', 'avgdezithiklmnxoprstyfchpso'],
      ['Θεσσαλονίκη', 'Thessaloniki'],
      ['ΘΕΣΣΑΛΟΝΙΚΗ', 'THESSALONIKI'],
      ['Χαλκίδα', 'Chalkida'],
      ['Ψυχικό', 'Psychiko'],
      ['Ηλίας', 'Ilias'],
      ['Ωραιόκαστρο', 'Oraiokastro'],
      ['Κηφισίας', 'Kifisias'],
      ['Σπύρος', 'Spyros'],
    ])('%s → %s', (greek, latin) => {
      expect(transliterateElot743(greek)).toBe(latin);
    });
  });

  describe('γ before γ, κ, ξ, χ', () => {
    it.each([
      ['Αγγελική', 'Angeliki'],
      ['ΑΓΓΕΛΙΚΗ', 'ANGELIKI'],
      ['Αγκίστρι', 'Agkistri'],
      ['Γκίκας', 'Gkikas'],
      ['Σφίγξ', 'Sfinx'],
      ['Έλεγχος', 'Elenchos'],
      ['ΕΛΕΓΧΟΣ', 'ELENCHOS'],
    ])('%s → %s', (greek, latin) => {
      expect(transliterateElot743(greek)).toBe(latin);
    });
  });

  describe('ου and dialytika', () => {
    it.each([
      ['Ουρανία', 'Ourania'],
      ['ΟΥΡΑΝΙΑ', 'OURANIA'],
      ['Λούης', 'Louis'],
      ['Προϋπολογισμός', 'Proypologismos'], // dialytika breaks the digraph
      ['Νικολαΐδης', 'Nikolaidis'],
      ['ΠΡΟΫΠΟΛΟΓΙΣΜΟΣ', 'PROYPOLOGISMOS'],
    ])('%s → %s', (greek, latin) => {
      expect(transliterateElot743(greek)).toBe(latin);
    });
  });

  describe('μπ: b at word start and end, mp inside', () => {
    it.each([
      ['Μπάμπης', 'Bampis'],
      ['ΜΠΑΜΠΗΣ', 'BAMPIS'],
      ['Λάμπρος', 'Lampros'],
      ['Κολόμπ', 'Kolob'],
      ['Σπύρου Μπούρα', 'Spyrou Boura'],
    ])('%s → %s', (greek, latin) => {
      expect(transliterateElot743(greek)).toBe(latin);
    });
  });

  describe('ντ', () => {
    it.each([
      ['Ντίνος', 'Ntinos'],
      ['Παντελής', 'Pantelis'],
      ['ΝΤΟΡΑ', 'NTORA'],
    ])('%s → %s', (greek, latin) => {
      expect(transliterateElot743(greek)).toBe(latin);
    });
  });

  describe('αυ, ευ, ηυ', () => {
    it.each([
      ['Παύλος', 'Pavlos'], // before λ
      ['Αύρα', 'Avra'], // before ρ
      ['Ευαγγελία', 'Evangelia'], // before a vowel
      ['Ευδοκία', 'Evdokia'], // before δ
      ['Ευτυχία', 'Eftychia'], // before τ
      ['Αυτοκίνητο', 'Aftokinito'],
      ['Ευστάθιος', 'Efstathios'], // before σ
      ['Ευφροσύνη', 'Effrosyni'], // before φ
      ['ταυ', 'taf'], // at word end
      ['ΕΥΑΓΓΕΛΟΣ', 'EVANGELOS'],
      ['ΕΥΘΥΜΙΟΥ', 'EFTHYMIOU'],
      ['ηύρα', 'ivra'],
      ['ηυτ', 'ift'],
      ['άυλος', 'aylos'], // tonos on α: two vowels, no digraph
      ['Αϋπνία', 'Aypnia'], // dialytika: two vowels
    ])('%s → %s', (greek, latin) => {
      expect(transliterateElot743(greek)).toBe(latin);
    });
  });

  describe('text around the letters', () => {
    it.each([
      ['Σπύρου Λούη 12, 151 22 Μαρούσι', 'Spyrou Loui 12, 151 22 Marousi'],
      ['Βασιλίσσης Σοφίας-Κηφισίας', 'Vasilissis Sofias-Kifisias'],
      ['e-mail: Γιώργος@example.gr', 'e-mail: Giorgos@example.gr'],
      ['Θ. Παπάς', 'Th. Papas'], // a lone capital is not an all-caps word
      ['', ''],
    ])('%s → %s', (greek, latin) => {
      expect(transliterateElot743(greek)).toBe(latin);
    });
  });
});

describe('isGreekVowel', () => {
  it.each([
    ['α', true],
    ['Ώ', true],
    ['ΐ', true],
    ['ϋ', true],
    ['β', false],
    ['a', false],
    [' ', false],
  ])('%s → %s', (ch, expected) => {
    expect(isGreekVowel(ch)).toBe(expected);
  });
});

describe('phoneticSkeletons', () => {
  it.each([
    ['Παπαδόπουλος', ['papadopulos']],
    ['ΠΑΠΑΔΌΠΟΥΛΟΣ', ['papadopulos']],
    ['papadopoulos', ['papadopulos']],
    ['Γιώργος', ['iorgos']],
    ['Yiorgos', ['iorgos']],
    ['Ευάγγελος', ['evagelos']],
    ['Euaggelos', ['evagelos', 'euagelos']], // eu is ευ or ε-ου
    ['Ευθύμιος', ['evthimios']], // ef and ev before a voiceless consonant are one sound
    ['Νικολαΐδης', ['nikoledis']],
    ['Μπακογιάννη', ['vakoiani']],
    ['Ψαρρός', ['psaros']],
    ['4arros', ['psaros']],
    ['Xristos', ['hristos', 'ksristos']],
    ['8eodwrhs', ['theodoris', 'theodorhs']],
    ['Ελένη', ['eleni']],
    ['Elenh', ['eleni', 'elenh']],
    ['', []],
  ])('%s → %j', (word, skeletons) => {
    expect(phoneticSkeletons(word)).toEqual(skeletons);
  });

  it('gives Greek and its ELOT 743 romanisation the same skeleton', () => {
    for (const name of ['Χατζηθεοδώρου', 'Αικατερίνη', 'Σταυρούλα', 'Ευστάθιος', 'Ντίνα']) {
      expect(phoneticSkeletons(transliterateElot743(name))).toContain(phoneticSkeleton(name));
    }
  });
});

describe('splitWords', () => {
  it('splits on spaces and hyphens', () => {
    expect(splitWords('Παπαδοπούλου-Γεωργίου  Μαρία')).toEqual([
      'παπαδοπουλου',
      'γεωργιου',
      'μαρια',
    ]);
  });
});
