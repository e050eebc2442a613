// Greek personal identifiers: ΑΜΚΑ, ΑΦΜ, ΑΔΤ, phone numbers and postcodes.
// Rules and test values: docs/domain greece.md §3 (python-stdnum gr/amka, GSIS E7 file format,
// libphonenumber GR metadata). Pure functions, no I/O.

export type Gender = 'male' | 'female';

export type AmkaCheck =
  { ok: true } | { ok: false; reason: 'format' | 'checksum' | 'birth_date_mismatch' };

const ELEVEN_DIGITS = /^\d{11}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Luhn sum of a digit string where the rightmost digit is not doubled. */
function sumLuhnDigits(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

function computeLuhnCheckDigit(payload: string): number {
  // Appending a 0 puts the payload in the same doubling positions it will have once the
  // real check digit is appended.
  return (10 - (sumLuhnDigits(payload + '0') % 10)) % 10;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The ΑΜΚΑ holds only YY, so 29/02/00 is accepted because 2000 was a leap year. */
function isRealDdmmyy(ddmmyy: string): boolean {
  const day = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const yy = Number(ddmmyy.slice(4, 6));
  return isRealDate(1900 + yy, month, day) || isRealDate(2000 + yy, month, day);
}

/** Returns DDMMYY for a real YYYY-MM-DD date, or null. */
function formatDdmmyy(isoDate: string): string | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const [, yyyy = '', mm = '', dd = ''] = match;
  if (!isRealDate(Number(yyyy), Number(mm), Number(dd))) return null;
  return dd + mm + yyyy.slice(2);
}

/**
 * Checks an ΑΜΚΑ: 11 digits, a real DDMMYY birth date prefix and a Luhn check digit over all
 * 11 digits. With `birthDate` (YYYY-MM-DD) the prefix must also equal its DDMMYY; the century
 * cannot be checked. A malformed `birthDate` counts as a mismatch, since nothing can match it.
 */
export function checkAmka(amka: string, birthDate?: string): AmkaCheck {
  if (!ELEVEN_DIGITS.test(amka) || !isRealDdmmyy(amka.slice(0, 6))) {
    return { ok: false, reason: 'format' };
  }
  if (sumLuhnDigits(amka) % 10 !== 0) return { ok: false, reason: 'checksum' };
  if (birthDate !== undefined && formatDdmmyy(birthDate) !== amka.slice(0, 6)) {
    return { ok: false, reason: 'birth_date_mismatch' };
  }
  return { ok: true };
}

export function isValidAmka(amka: string, birthDate?: string): boolean {
  return checkAmka(amka, birthDate).ok;
}

/** The 10th digit encodes gender: odd for men, even for women. */
export function amkaGender(amka: string): Gender {
  const genderDigit = amka.charCodeAt(9) - 48;
  return genderDigit % 2 === 1 ? 'male' : 'female';
}

/** Number of distinct ΑΜΚΑ per birth date and gender: 1000 serials × 5 gender digits. */
export const AMKA_SERIALS_PER_DATE_AND_GENDER = 5000;

/**
 * Builds a valid ΑΜΚΑ. Digits 7–10 (3-digit serial + gender digit) give 5,000 codes per birth
 * date and gender, so `serial` runs 0–4999: serial ÷ 5 is the 3-digit serial and serial mod 5
 * picks one of the five odd (male) or even (female) gender digits.
 */
export function makeAmka(birthDate: string, serial: number, gender: Gender): string {
  const ddmmyy = formatDdmmyy(birthDate);
  if (ddmmyy === null) throw new RangeError(`Not a YYYY-MM-DD date: ${birthDate}`);
  if (!Number.isInteger(serial) || serial < 0 || serial >= AMKA_SERIALS_PER_DATE_AND_GENDER) {
    throw new RangeError(`ΑΜΚΑ serial must be 0–4999, got ${serial}`);
  }
  const serialDigits = String(Math.floor(serial / 5)).padStart(3, '0');
  const genderDigit = 2 * (serial % 5) + (gender === 'male' ? 1 : 0);
  const payload = ddmmyy + serialDigits + String(genderDigit);
  return payload + String(computeLuhnCheckDigit(payload));
}

/** c = (Σ d_i·2^(8−i)) mod 11 mod 10 over the first 8 digits (GSIS rule). */
function computeAfmCheckDigit(first8: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (first8.charCodeAt(i) - 48) * 2 ** (8 - i);
  return (sum % 11) % 10;
}

/** Checks an ΑΦΜ; 8-digit legacy numbers are left-padded with 0 before checking. */
export function isValidAfm(afm: string): boolean {
  const padded = /^\d{8}$/.test(afm) ? '0' + afm : afm;
  if (!/^\d{9}$/.test(padded) || padded === '000000000') return false;
  return computeAfmCheckDigit(padded.slice(0, 8)) === padded.charCodeAt(8) - 48;
}

/**
 * Appends the check digit to 8 digits. A remainder of 10 becomes check digit 0 through the
 * final "mod 10" of the rule, exactly as validators compute it, so no retry is needed.
 */
export function makeAfm(first8: string): string {
  if (!/^\d{8}$/.test(first8)) throw new RangeError(`ΑΦΜ needs 8 leading digits: ${first8}`);
  const afm = first8 + String(computeAfmCheckDigit(first8));
  if (afm === '000000000') throw new RangeError('000000000 is not a valid ΑΦΜ');
  return afm;
}

// Only letters that look alike in both scripts are used on ΑΔΤ, so clerks type either.
const LATIN_TO_GREEK_LOOKALIKE: Readonly<Record<string, string>> = {
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  Z: 'Ζ',
  H: 'Η',
  I: 'Ι',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  Y: 'Υ',
  X: 'Χ',
};
const GREEK_TO_LATIN_LOOKALIKE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_GREEK_LOOKALIKE).map(([latin, greek]) => [greek, latin]),
);

function mapCharacters(text: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) out += table[ch] ?? ch;
  return out;
}

/**
 * Normalises an ΑΔΤ (police identity card number). Old cards (1–2 letters + 6 digits) are
 * returned in Greek letters whatever script was typed. Anything else of 8–10 Latin letters or
 * digits is taken as a new-style card number (format not yet published) and returned in Latin.
 * "AB123456" fits both forms; it is read as the old form, which is far more common until 2026.
 */
export function normalizeAdt(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  const greek = mapCharacters(compact, LATIN_TO_GREEK_LOOKALIKE);
  if (/^[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{1,2}\d{6}$/.test(greek)) return greek;
  const latin = mapCharacters(compact, GREEK_TO_LATIN_LOOKALIKE);
  if (/^[A-Z0-9]{8,10}$/.test(latin)) return latin;
  return null;
}

export type PhoneKind = 'mobile' | 'landline' | 'other';

export interface GreekPhone {
  e164: string;
  kind: PhoneKind;
}

// Number ranges from libphonenumber's GR metadata (greece.md §3).
const LANDLINE = /^2\d{9}$/;
const MOBILE = /^(?:69\d{8}|68[57-9]\d{7}|94\d{8})$/;
const OTHER = /^(?:800|801|806|812|825|850|875|90[19])\d{7}$|^70\d{8}$/;

/** Parses a Greek phone number typed with spaces, dashes, dots, brackets and +30/0030. */
export function normalizeGreekPhone(input: string): GreekPhone | null {
  const compact = input.trim().replace(/[\s\-.()/]/g, '');
  let national: string;
  if (compact.startsWith('+30')) national = compact.slice(3);
  else if (compact.startsWith('0030')) national = compact.slice(4);
  else national = compact;
  if (!/^\d{10}$/.test(national)) return null;
  const e164 = '+30' + national;
  if (MOBILE.test(national)) return { e164, kind: 'mobile' };
  if (LANDLINE.test(national)) return { e164, kind: 'landline' };
  if (OTHER.test(national)) return { e164, kind: 'other' };
  return null;
}

const POSTCODE = /^([1-8]\d{2}) ?(\d{2})$/;

/** Five digits, first 1–8, written either "15122" or "151 22" (one space after three). */
export function isValidGreekPostcode(input: string): boolean {
  return POSTCODE.test(input.trim());
}

/** Returns the postcode as five digits ("151 22" → "15122"), or null if it is not valid. */
export function normalizePostcode(input: string): string | null {
  const match = POSTCODE.exec(input.trim());
  return match ? `${match[1] ?? ''}${match[2] ?? ''}` : null;
}
