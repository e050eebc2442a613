import { describe, expect, it } from 'vitest';
import { loadCommonPasswords } from './common-passwords.js';
import { checkPassword } from './password-policy.js';

const context = { username: 'maria.k', commonPasswords: loadCommonPasswords() };

describe('checkPassword (NIST SP 800-63B)', () => {
  it.each([
    ['a long passphrase', 'το καφέ φλιτζάνι της Μαρίας', null],
    ['exactly twelve characters', 'kx7!pq2;wz9m', null],
    ['eleven characters', 'kx7!pq2;wz9', 'too_short'],
    ['twelve Greek letters count as twelve', 'θάλασσαβουνό', null],
    ['129 characters', 'ab1'.repeat(43), 'too_long'],
    ['a common password', 'password1234', 'common'],
    ['a common password in capitals', 'QWERTYUIOP123', 'common'],
    ['a common word padded with digits', 'sunshine20252026', 'common'],
    ['containing the username', 'my-maria.k-password', 'contains_username'],
    ['one repeated character', 'aaaaaaaaaaaaaa', 'repetitive'],
    ['a repeated short pattern', 'xyzxyzxyzxyz', 'repetitive'],
    ['an alphabet run', 'abcdefghijklmn', 'repetitive'],
  ])('%s', (_name, password, expected) => {
    expect(checkPassword(password, context)).toBe(expected);
  });
});
