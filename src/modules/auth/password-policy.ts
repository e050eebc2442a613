/**
 * Password rules after NIST SP 800-63B §3.1.1.2: a minimum length, no composition rules, and
 * refusal of passwords that are common, repetitive or contain the username. The common list is
 * the ~49,000 passwords shipped with @zxcvbn-ts/language-common.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordRejection =
  'too_short' | 'too_long' | 'common' | 'contains_username' | 'repetitive';

export function checkPassword(
  password: string,
  context: { username: string; commonPasswords: ReadonlySet<string> },
): PasswordRejection | null {
  // Length counts Unicode code points, as the standard asks, so Greek letters count once.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const folded = password.normalize('NFKC').toLowerCase();
  if (context.commonPasswords.has(folded) || isCommonWithDigits(folded, context.commonPasswords)) {
    return 'common';
  }
  const username = context.username.toLowerCase();
  if (username.length >= 3 && folded.includes(username)) return 'contains_username';
  if (isRepetitiveOrSequential(folded)) return 'repetitive';
  return null;
}

/** "password2024", "qwerty123!" — a common word padded with digits or symbols is still common. */
function isCommonWithDigits(folded: string, common: ReadonlySet<string>): boolean {
  const core = folded.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  return core.length >= 4 && core !== folded && common.has(core);
}

function isRepetitiveOrSequential(folded: string): boolean {
  const chars = [...folded];
  if (new Set(chars).size <= 2) return true;
  // A period-n repetition such as "abcabcabcabc".
  for (let period = 1; period <= chars.length / 3; period++) {
    if (chars.every((c, i) => c === chars[i % period])) return true;
  }
  // A run of consecutive code points ("123456789012" is caught by the list; "abcdefghijkl" here).
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const steps = codes.slice(1).map((code, i) => code - (codes[i] ?? 0));
  return steps.every((s) => s === 1) || steps.every((s) => s === -1);
}
