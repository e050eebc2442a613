import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  computeEntryHash,
  findChainBreak,
  GENESIS_HASH,
  type AuditContent,
  type ChainedAuditEntry,
} from './audit-chain.js';

function chain(count: number): ChainedAuditEntry[] {
  const entries: ChainedAuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const content: AuditContent = {
      centerId: '7d1c4c5e-0000-4000-8000-000000000001',
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 8, seq)),
      actorId: null,
      actorRole: 'reception',
      action: 'staff.create',
      entity: 'staff',
      recordId: `r${seq}`,
      ip: '127.0.0.1',
      reason: null,
      details: { b: seq, a: 'x' },
    };
    const hash = computeEntryHash(prevHash, content);
    entries.push({ ...content, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

describe('audit hash chain', () => {
  const start = { seq: 0, hash: GENESIS_HASH };

  it('verifies an intact chain, in one batch or several', () => {
    const entries = chain(6);
    expect(findChainBreak(entries, start)).toBeNull();
    expect(findChainBreak(entries.slice(3), { seq: 3, hash: entries[2]!.hash })).toBeNull();
  });

  it('names the first changed entry', () => {
    const entries = chain(6);
    entries[3] = { ...entries[3]!, actorRole: 'administrator' };
    expect(findChainBreak(entries, start)).toEqual({ seq: 4, problem: 'hash_mismatch' });
  });

  it('names a removed entry', () => {
    const entries = chain(6);
    entries.splice(2, 1);
    expect(findChainBreak(entries, start)).toEqual({ seq: 3, problem: 'gap' });
  });

  it('names an entry whose hash was recomputed without fixing the rest', () => {
    const entries = chain(6);
    const forged = { ...entries[1]!, reason: 'covered up' };
    entries[1] = { ...forged, hash: computeEntryHash(forged.prevHash, forged) };
    expect(findChainBreak(entries, start)).toEqual({ seq: 3, problem: 'prev_hash_mismatch' });
  });

  it('hashes details the same whatever their key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(
      canonicalJson({ a: { c: 3, d: 2 }, b: 1 }),
    );
  });
});
