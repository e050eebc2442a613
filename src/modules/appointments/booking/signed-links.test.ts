import { describe, expect, it } from 'vitest';
import { generateKeySpec, parseKeyRing } from '../../../lib/crypto.js';
import { signLink, verifyLink } from './signed-links.js';

const ring = parseKeyRing(generateKeySpec('k2'));
const centerId = '7d8c1a6e-0a4b-4c1e-9f3e-2b5d6c7e8f90';
const recordId = '0f1e2d3c-4b5a-4968-8776-655443322110';
const now = new Date('2026-03-02T10:00:00Z');
const expiresAt = new Date('2026-03-05T08:00:00Z');
const token = signLink(ring, { centerId, recordId, action: 'cancel', expiresAt });

describe('signed links', () => {
  it('grants the signed action on the signed record until it expires', () => {
    expect(verifyLink(ring, token, { recordId, action: 'cancel' }, now)).toEqual({
      centerId,
      expiresAt,
    });
    expect(
      verifyLink(ring, token, { recordId, action: 'cancel' }, new Date(expiresAt.getTime() - 1000)),
    ).not.toBeNull();
  });

  it.each([
    ['at the expiry', token, recordId, 'cancel', expiresAt],
    ['after the expiry', token, recordId, 'cancel', new Date('2026-03-06T00:00:00Z')],
    ['for another record', token, '11111111-2222-4333-8444-555555555555', 'cancel', now],
    ['for another action', token, recordId, 'move', now],
    [
      'with a changed expiry',
      token.replace(/\.(\d+)\./, (_m, e: string) => `.${Number(e) + 86_400}.`),
      recordId,
      'cancel',
      now,
    ],
    [
      'with another Center',
      token.replace(centerId, '11111111-2222-4333-8444-555555555555'),
      recordId,
      'cancel',
      now,
    ],
    [
      'with a flipped signature',
      token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'),
      recordId,
      'cancel',
      now,
    ],
    ['with an unknown key', token.replace(/^k2\./, 'k9.'), recordId, 'cancel', now],
    ['garbage', 'not.a.token', recordId, 'cancel', now],
    ['empty', '', recordId, 'cancel', now],
  ] as const)('refuses a token %s', (_label, given, id, action, when) => {
    expect(verifyLink(ring, given, { recordId: id, action }, when)).toBeNull();
  });

  it('keeps links valid after a key rotation while the old key stays in the ring', () => {
    const [id, key] = [...ring.keys.entries()][0] ?? ['', Buffer.alloc(0)];
    const rotated = parseKeyRing(`${generateKeySpec('k3')},${id}:${key.toString('base64')}`);
    expect(verifyLink(rotated, token, { recordId, action: 'cancel' }, now)).not.toBeNull();
    expect(
      verifyLink(parseKeyRing(generateKeySpec('k2')), token, { recordId, action: 'cancel' }, now),
    ).toBeNull();
  });
});
