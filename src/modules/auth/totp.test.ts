import { describe, expect, it } from 'vitest';
import { checkTotpCode, generateTotpCode, generateTotpSecret } from './totp.js';

describe('TOTP codes', () => {
  const secret = generateTotpSecret();
  const now = Date.UTC(2026, 10, 26, 9, 0, 10);
  const step = Math.floor(now / 30_000);

  it('accepts the current code and one step of clock drift either way', () => {
    expect(checkTotpCode(secret, generateTotpCode(secret, now), null, now)).toBe(step);
    expect(checkTotpCode(secret, generateTotpCode(secret, now - 30_000), null, now)).toBe(step - 1);
    expect(checkTotpCode(secret, generateTotpCode(secret, now + 30_000), null, now)).toBe(step + 1);
    expect(checkTotpCode(secret, generateTotpCode(secret, now - 90_000), null, now)).toBeNull();
  });

  it('refuses a code at or before the last one used', () => {
    const code = generateTotpCode(secret, now);
    expect(checkTotpCode(secret, code, step, now)).toBeNull();
    expect(checkTotpCode(secret, code, step - 1, now)).toBe(step);
  });

  it('refuses another secret’s code', () => {
    expect(
      checkTotpCode(generateTotpSecret(), generateTotpCode(secret, now), null, now),
    ).toBeNull();
  });
});
