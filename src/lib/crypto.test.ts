import { describe, expect, it } from 'vitest';
import { generateKeySpec, openText, parseKeyRing, sealText } from './crypto.js';

describe('sealed text (AES-256-GCM with key ids)', () => {
  it('opens what it sealed, and the sealed form does not contain the text', () => {
    const ring = parseKeyRing(generateKeySpec('k1'));
    const sealed = sealText('Σημείωση συνεδρίας', ring);
    expect(sealed.startsWith('v1:k1:')).toBe(true);
    expect(sealed).not.toContain('Σημείωση');
    expect(openText(sealed, ring)).toBe('Σημείωση συνεδρίας');
  });

  it('keeps opening old text after a key rotation, and seals new text with the new key', () => {
    const oldSpec = generateKeySpec('k1');
    const sealedBefore = sealText('παλιό', parseKeyRing(oldSpec));
    const rotated = parseKeyRing(`${generateKeySpec('k2')},${oldSpec}`);
    expect(openText(sealedBefore, rotated)).toBe('παλιό');
    expect(sealText('νέο', rotated).startsWith('v1:k2:')).toBe(true);
  });

  it('refuses tampered text', () => {
    const ring = parseKeyRing(generateKeySpec('k1'));
    const parts = sealText('abc', ring).split(':');
    parts[4] = Buffer.from('xyz').toString('base64url');
    expect(() => openText(parts.join(':'), ring)).toThrow();
  });

  it('refuses a malformed key ring', () => {
    expect(() => parseKeyRing('k1:c2hvcnQ=')).toThrow(/32 bytes/);
    expect(() => parseKeyRing('')).toThrow(/no key/);
  });
});
