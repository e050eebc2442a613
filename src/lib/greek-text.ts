// Greek text helpers for search keys and romanisation (greece.md §5). Pure functions.

const COMBINING_MARKS = /\p{Mn}/gu;

/**
 * Builds a search key: accents and dialytika dropped, case folded, final ς as σ, runs of
 * whitespace collapsed. "Παπαδόπουλος" and "ΠΑΠΑΔΟΠΟΥΛΟΣ" give the same key. Latin look-alike
 * letters are left alone: mixing scripts is decided by identifier rules, not by free text.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/\s+/g, ' ')
    .trim();
}

const SINGLE_LETTER: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

// γ before another velar is pronounced as a nasal.
const GAMMA_DIGRAPH: Readonly<Record<string, string>> = { γ: 'ng', κ: 'gk', ξ: 'nx', χ: 'nch' };
const VOWELS = new Set('αεηιουω');
// αυ/ευ/ηυ are read av/ev/iv before these, af/ef/if before voiceless consonants and at word end.
const VOICED_AFTER_UPSILON = new Set('αεηιουωβγδζλμνρ');
const UPSILON_DIGRAPH_FIRST: Readonly<Record<string, string>> = { α: 'a', ε: 'e', η: 'i' };

interface GreekLetter {
  base: string; // lowercase letter without diacritics
  upper: boolean;
  accent: boolean;
  dialytika: boolean;
}

// Text is made of few distinct characters; caching their analysis avoids a normalize() each.
const letterCache = new Map<string, GreekLetter | null>();

/** Describes a character if it is a Greek letter, else returns null. */
function describeGreekLetter(ch: string): GreekLetter | null {
  let letter = letterCache.get(ch);
  if (letter === undefined) {
    letter = analyzeCharacter(ch);
    if (letterCache.size < 4096) letterCache.set(ch, letter);
  }
  return letter;
}

function analyzeCharacter(ch: string): GreekLetter | null {
  const decomposed = ch.normalize('NFD');
  const base = (decomposed[0] ?? '').toLowerCase();
  if (!(base in SINGLE_LETTER)) return null;
  return {
    base,
    upper: ch !== ch.toLowerCase(),
    accent: decomposed.includes('\u0301'),
    dialytika: decomposed.includes('\u0308'),
  };
}

/** True if the word around `index` is written in capitals ("ΘΕΣΗ" → TH, "Θέση" → Th). */
function isAllCapsWord(letters: readonly (GreekLetter | null)[], index: number): boolean {
  let start = index;
  while (start > 0 && letters[start - 1]) start--;
  let end = index;
  while (end < letters.length - 1 && letters[end + 1]) end++;
  if (end === start) return false;
  for (let i = start; i <= end; i++) if (!letters[i]?.upper) return false;
  return true;
}

/** Romanises one unit starting at `i`; returns the Latin text and how many letters it used. */
function romanizeUnit(letters: readonly (GreekLetter | null)[], i: number): [string, number] {
  const current = letters[i];
  if (!current) return ['', 1];
  const next = letters[i + 1];
  const afterNext = letters[i + 2];
  const atWordStart = !letters[i - 1];
  // A digraph needs an unaccented first vowel: "άυλος" is read a-y-los.
  const nextJoins = next !== null && next !== undefined && !next.dialytika && !current.accent;

  if (current.base === 'γ' && next && next.base in GAMMA_DIGRAPH) {
    return [GAMMA_DIGRAPH[next.base] ?? '', 2];
  }
  if (current.base === 'ο' && next?.base === 'υ' && nextJoins) return ['ou', 2];
  if (current.base in UPSILON_DIGRAPH_FIRST && next?.base === 'υ' && nextJoins) {
    const voiced = afterNext !== null && afterNext !== undefined;
    const consonant = voiced && VOICED_AFTER_UPSILON.has(afterNext.base) ? 'v' : 'f';
    return [(UPSILON_DIGRAPH_FIRST[current.base] ?? '') + consonant, 2];
  }
  if (current.base === 'μ' && next?.base === 'π') {
    const atWordEnd = !afterNext;
    return [atWordStart || atWordEnd ? 'b' : 'mp', 2];
  }
  if (current.base === 'ν' && next?.base === 'τ') return ['nt', 2];
  return [SINGLE_LETTER[current.base] ?? '', 1];
}

function applyCase(latin: string, first: GreekLetter, allCaps: boolean): string {
  if (!first.upper) return latin;
  if (allCaps) return latin.toUpperCase();
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/**
 * Romanises Greek text by ELOT 743 / ISO 843 (the passport standard): γγ ng, γκ gk, γξ nx,
 * γχ nch, ου ou, μπ b at word start or end and mp inside, ντ nt, αυ/ευ/ηυ as av/ev/iv or
 * af/ef/if depending on the next letter. Capitals are kept: a capital at the start of a
 * digraph gives "Th" inside mixed-case words and "TH" inside all-caps words. Non-Greek
 * characters pass through unchanged.
 */
export function transliterateElot743(text: string): string {
  const chars = Array.from(text.normalize('NFC'));
  const letters = chars.map(describeGreekLetter);
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const letter = letters[i];
    if (!letter) {
      out += chars[i];
      i++;
      continue;
    }
    const [latin, used] = romanizeUnit(letters, i);
    out += applyCase(latin, letter, isAllCapsWord(letters, i));
    i += used;
  }
  return out;
}

/** True for a Greek vowel, with or without accent or dialytika. */
export function isGreekVowel(ch: string): boolean {
  const letter = describeGreekLetter(ch);
  return letter !== null && VOWELS.has(letter.base);
}

// ---------------------------------------------------------------------------------------------
// Phonetic skeletons for search (docs/decisions/0006-resident-search.md). Greek and Greeklish
// (ELOT 743 and informal) spellings of a name collapse to the same short Latin string: the
// ι-sounds (ι η υ ει οι) merge into i, ο/ω into o, ε/αι into e, ου into u, β/μπ/b into v,
// δ/ντ into d, γγ/γκ into g, χ into h; doubled letters collapse.

/** Alternatives for one unit of text; a Latin letter can stand for two Greek ones (x: χ or ξ). */
type Alternatives = readonly string[];

const GREEK_UNITS: Readonly<Record<string, Alternatives>> = {
  ου: ['u'],
  αι: ['e'],
  ει: ['i'],
  οι: ['i'],
  υι: ['i'],
  μπ: ['v'],
  ντ: ['d'],
  γγ: ['g'],
  γκ: ['g'],
  γχ: ['gh'],
  γξ: ['gks'],
  α: ['a'],
  β: ['v'],
  γ: ['g'],
  δ: ['d'],
  ε: ['e'],
  ζ: ['z'],
  η: ['i'],
  θ: ['th'],
  ι: ['i'],
  κ: ['k'],
  λ: ['l'],
  μ: ['m'],
  ν: ['n'],
  ξ: ['ks'],
  ο: ['o'],
  π: ['p'],
  ρ: ['r'],
  σ: ['s'],
  ς: ['s'],
  τ: ['t'],
  υ: ['i'],
  φ: ['f'],
  χ: ['h'],
  ψ: ['ps'],
  ω: ['o'],
};

// Informal Greeklish: 8 for θ, 4 for ψ, w for ω, h/x/ch/kh for χ, h for η, u for ου or υ, b for β.
const LATIN_UNITS: Readonly<Record<string, Alternatives>> = {
  // th, kh, ph are θ, χ, φ, or t, k, p followed by an informal h for η ("Polths", "Mixelakh").
  th: ['th', 'ti'],
  ch: ['h'],
  kh: ['h', 'ki'],
  ph: ['f', 'pi'],
  ps: ['ps'],
  ks: ['ks'],
  ou: ['u'],
  // Also α-ι, ο-ι as two vowels (Michail for Μιχαήλ, Zoi for Ζωή).
  ai: ['e', 'ai'],
  ei: ['i'],
  oi: ['i', 'oi'],
  mp: ['v'],
  nt: ['d'],
  gg: ['g'],
  gk: ['g'],
  ng: ['g'],
  '8': ['th'],
  '4': ['ps'],
  a: ['a'],
  b: ['v'],
  c: ['k'],
  d: ['d'],
  e: ['e'],
  f: ['f'],
  g: ['g'],
  i: ['i'],
  j: ['i'],
  k: ['k'],
  l: ['l'],
  m: ['m'],
  n: ['n'],
  o: ['o'],
  p: ['p'],
  q: ['k'],
  r: ['r'],
  s: ['s'],
  t: ['t'],
  u: ['u', 'i'],
  v: ['v'],
  w: ['o'],
  x: ['h', 'ks'],
  y: ['i'],
  z: ['z'],
};

// αυ/ευ/ηυ (and Greeklish au/eu/ay/ey) sound v before vowels and voiced consonants, f otherwise.
const UPSILON_VOWELS: Readonly<Record<string, string>> = {
  αυ: 'a',
  ευ: 'e',
  ηυ: 'i',
  au: 'a',
  ay: 'a',
  eu: 'e',
  ey: 'e',
};
const VOICED_NEXT = /^[αεηιουωβγδζλμνρaeiouyvbgdzlmnrjw]/;
const MAX_VARIANTS = 8;

/** Splits a normalized word into units, longest match first, each with its alternatives. */
function skeletonUnits(word: string): Alternatives[] {
  const units: Alternatives[] = [];
  let i = 0;
  while (i < word.length) {
    const two = word.slice(i, i + 2);
    const vowel = UPSILON_VOWELS[two];
    if (vowel !== undefined) {
      const digraph = vowel + (VOICED_NEXT.test(word.slice(i + 2)) ? 'v' : 'f');
      // Latin au/eu may also be α-ου ("Nikolau" for Νικολάου).
      units.push(/[a-z]/.test(two) ? [digraph, `${vowel}u`] : [digraph]);
      i += 2;
      continue;
    }
    const pair = GREEK_UNITS[two] ?? LATIN_UNITS[two];
    // "nth" is ν-θ (Anthi), not ντ-η.
    const splitsTh = two === 'nt' && word.charAt(i + 2) === 'h';
    if (two.length === 2 && pair && !splitsTh) {
      units.push(pair);
      i += 2;
      continue;
    }
    const ch = word.charAt(i);
    // A lone Latin h is χ at a word's start or before a vowel ("Hristos") and η elsewhere ("Elenh").
    if (ch === 'h')
      units.push(i === 0 || /^[aeiouy]/.test(word.slice(i + 1)) ? ['h', 'i'] : ['i', 'h']);
    else units.push(GREEK_UNITS[ch] ?? LATIN_UNITS[ch] ?? (/\d/.test(ch) ? [ch] : ['']));
    i += 1;
  }
  return units;
}

function tidySkeleton(raw: string): string {
  return (
    raw
      .replace(/(.)\1+/g, '$1')
      // γι before a vowel is a glide: Γιάννης, Giannis, Yiannis and Jannis all sound "ianis".
      .replace(/gi(?=[aeiou])/g, 'i')
      // αυ/ευ before a voiceless consonant is af/ef by ELOT but often typed av/ev: one sound.
      .replace(/([ae])f(?=[^aeiou])/g, '$1v')
      .replace(/(.)\1+/g, '$1')
  );
}

/**
 * The phonetic skeletons of one word, most likely first. Greek text has one; Greeklish can
 * have a few, because x is χ or ξ, h is χ or η and u is ου or υ ("Xristos" → hristos, kristos).
 */
export function phoneticSkeletons(word: string): string[] {
  const normalized = normalizeForSearch(word).replace(/[^\p{L}\p{N}]/gu, '');
  let variants = [''];
  for (const alternatives of skeletonUnits(normalized)) {
    const next: string[] = [];
    for (const prefix of variants) {
      for (const alternative of alternatives) next.push(prefix + alternative);
    }
    variants = next.slice(0, MAX_VARIANTS);
  }
  return [...new Set(variants.map(tidySkeleton))].filter((v) => v !== '');
}

/** The most likely skeleton of each word of `text`, joined by spaces. */
export function phoneticSkeleton(text: string): string {
  return splitWords(text)
    .map((word) => phoneticSkeletons(word)[0] ?? '')
    .filter((skeleton) => skeleton !== '')
    .join(' ');
}

/** Words of free text: runs of letters and digits (hyphenated surnames give two words). */
export function splitWords(text: string): string[] {
  return normalizeForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}
