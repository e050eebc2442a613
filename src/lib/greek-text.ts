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
