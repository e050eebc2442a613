import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import { generateKeySpec, openText, parseKeyRing, sealText } from '../../lib/crypto.js';
import { verifyAuditChains } from '../audit/audit.service.js';
import { insertSession } from './counseling.repository.js';
import { resealAll } from './key-rotation.service.js';
import { insertTestResident } from '../../../test/helpers/residents.js';

let database: TestDatabase;
const k1 = generateKeySpec('k1');
const k2 = generateKeySpec('k2');
const ringK1 = parseKeyRing(k1);
const ringK2K1 = parseKeyRing(`${k2},${k1}`);
const notes = Array.from({ length: 5 }, (_, i) => `Σημείωση ${i}: ό,τι ειπώθηκε στη συνεδρία`);
const totpSecrets: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  for (const slug of ['rotate-a', 'rotate-b']) {
    const center = await seedCenter(database.db, slug);
    const author = await seedStaff(database.db, ringK1, center, 'psychologist', { totp: true });
    const admin = await seedStaff(database.db, ringK1, center, 'administrator');
    totpSecrets.push(author.totpSecret ?? '', admin.totpSecret ?? '');
    const resident = await insertTestResident(database.db, center.id, {
      surname: 'Δημητρίου',
      givenName: 'Άννα',
    });
    for (const note of slug === 'rotate-a' ? notes.slice(0, 3) : notes.slice(3)) {
      await insertSession(
        database.db,
        {
          center_id: center.id,
          kind: 'individual',
          started_at: new Date(),
          duration_minutes: 40,
          author_id: author.staff.id,
          note_sealed: sealText(note, ringK1),
          note_updated_at: new Date(),
        },
        [resident],
      );
    }
  }
});

afterAll(async () => {
  await database.drop();
});

async function sealedValues() {
  const noteRows = await database.db
    .selectFrom('counseling_sessions')
    .select(['note_sealed', 'version'])
    .execute();
  const staffRows = await database.db
    .selectFrom('staff')
    .select('totp_secret_sealed')
    .where('totp_secret_sealed', 'is not', null)
    .execute();
  return {
    notes: noteRows.map((row) => row.note_sealed ?? ''),
    versions: noteRows.map((row) => row.version),
    totp: staffRows.map((row) => row.totp_secret_sealed ?? ''),
  };
}

describe('key rotation', () => {
  it('re-seals every note and TOTP secret under the new active key, in batches', async () => {
    const before = await sealedValues();
    expect([...before.notes, ...before.totp].every((v) => v.startsWith('v1:k1:'))).toBe(true);

    const report = await resealAll(database.db, ringK2K1, { batchSize: 2 });
    expect(report).toEqual({ activeKeyId: 'k2', notes: 5, totpSecrets: 4 });

    const after = await sealedValues();
    expect([...after.notes, ...after.totp].every((v) => v.startsWith('v1:k2:'))).toBe(true);
    // The old key is no longer needed to open anything.
    const onlyK2 = parseKeyRing(k2);
    expect(after.notes.map((v) => openText(v, onlyK2)).sort()).toEqual([...notes].sort());
    expect(after.totp.map((v) => openText(v, onlyK2)).sort()).toEqual([...totpSecrets].sort());
    // Content did not change, so editors holding a version are not made stale.
    expect(after.versions).toEqual(before.versions);

    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'crypto.reseal')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    const report2 = await verifyAuditChains(database.db);
    expect(report2.centers.every((center) => center.broken === null)).toBe(true);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const before = await sealedValues();
    const report = await resealAll(database.db, ringK2K1, { batchSize: 2 });
    expect(report).toEqual({ activeKeyId: 'k2', notes: 0, totpSecrets: 0 });
    expect(await sealedValues()).toEqual(before);
  });

  it('stops without changing the batch when a key is missing from the ring', async () => {
    const before = await sealedValues();
    const ringWithoutK2 = parseKeyRing(generateKeySpec('k3'));
    await expect(resealAll(database.db, ringWithoutK2)).rejects.toThrow(/k2/);
    expect(await sealedValues()).toEqual(before);
  });
});
