import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../../../test/helpers/fixtures.js';

let database: TestDatabase;
let testApp: TestApp;
let worker: SeededStaff;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const center = await seedCenter(database.db, 'rules');
  worker = await seedStaff(database.db, testApp.keyRing, center, 'social_worker');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

/** Rows of every table: the public check must not change any. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(database.db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await sql<{ n: string }>`select count(*) as n from ${sql.table(name)}`.execute(
      database.db,
    );
    counts[name] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

async function publicClient(language: 'el' | 'en' = 'en') {
  const client = new TestClient(testApp.app, language);
  await client.get('/api/auth/csrf');
  return client;
}

describe('POST /api/public/benefits/check', () => {
  it('answers a family with verdicts, fewer questions as answers arrive, and stores nothing', async () => {
    const before = await rowCounts();
    const client = await publicClient();
    const first = await client.post('/api/public/benefits/check', {
      answers: { applicantAge: 38, hasPartner: true, partnerAge: 37, childrenAges: [9, 4] },
    });
    expect(first.statusCode).toBe(200);
    const firstBody = first.json();
    expect(firstBody.rulesVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(firstBody.questions.length).toBeGreaterThan(0);

    const second = await client.post('/api/public/benefits/check', {
      answers: {
        applicantAge: 38,
        hasPartner: true,
        partnerAge: 37,
        childrenAges: [9, 4],
        householdYearlyIncome: 11000,
        residenceStatus: 'greek',
        residenceYears: 38,
      },
    });
    const body = second.json();
    expect(body.questions.length).toBeLessThan(firstBody.questions.length);
    const child = body.verdicts.find((v: { benefit: string }) => v.benefit === 'child_benefit');
    expect(child).toMatchObject({ status: 'eligible', amount: { value: 140, period: 'month' } });
    expect(child.name.el).not.toBe('child_benefit');
    expect(child.criteria.length).toBeGreaterThan(0);
    // The Center's own programs are checked too, with the criteria of its settings.
    const grocery = body.verdicts.find((v: { benefit: string }) => v.benefit === 'social_grocery');
    expect(grocery?.name.el).toBe('Κοινωνικό Παντοπωλείο');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses bad answers naming the field, in Greek and English', async () => {
    for (const language of ['el', 'en'] as const) {
      const client = await publicClient(language);
      const response = await client.post('/api/public/benefits/check', {
        answers: { householdYearlyIncome: -100 },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'validation_failed',
        field: 'body.answers.householdYearlyIncome',
      });
      expect(response.json().detail).toMatch(
        language === 'el'
          ? /^Το πεδίο «Συνολικό ετήσιο εισόδημα του νοικοκυριού \(€\)» πρέπει να είναι/
          : /^The field “Total yearly income of the household \(€\)” must be at least/,
      );
    }
  });

  it('needs the CSRF token like every POST', async () => {
    const client = new TestClient(testApp.app, 'en');
    const response = await client.post('/api/public/benefits/check', { answers: {} });
    expect(response.statusCode).toBe(403);
  });
});

describe('GET /api/benefits/parameters', () => {
  it('lists parameters with sources and review dates to staff only', async () => {
    const anonymous = await publicClient();
    expect((await anonymous.get('/api/benefits/parameters')).statusCode).toBe(401);
    const staff = new TestClient(testApp.app, 'en');
    await staff.signIn(worker);
    const response = await staff.get('/api/benefits/parameters');
    expect(response.statusCode).toBe(200);
    const { version, items } = response.json();
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    const guarantee = items.find((i: { name: string }) => i.name === 'eee.guarantee.first_adult');
    expect(guarantee).toMatchObject({
      benefit: 'eee',
      unit: 'EUR_per_month',
      current: { value: 216, verified: true },
      overdue: false,
    });
    expect(typeof items[0].overdue).toBe('boolean');
  });
});
