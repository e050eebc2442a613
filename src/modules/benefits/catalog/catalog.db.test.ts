import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../../test/helpers/fixtures.js';
import type { Role } from '../../../db/types.js';
import type { CenterRow } from '../../centers/centers.repository.js';
import { benefitCodes } from '../rules/types.js';
import { loadMunicipalCriteria } from './municipal-criteria.repository.js';

let database: TestDatabase;
let testApp: TestApp;
let center: CenterRow;
let other: CenterRow;

async function client(role: Role, at: CenterRow, language: 'el' | 'en' = 'el') {
  const account = await seedStaff(database.db, testApp.keyRing, at, role);
  const c = new TestClient(testApp.app, language);
  await c.signIn(account, at.slug);
  return c;
}

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  center = await seedCenter(database.db, 'catalog-a');
  other = await seedCenter(database.db, 'catalog-b');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

const criteriaPath = '/api/benefits/programs/social_grocery/criteria';

describe('benefits catalog API', () => {
  it('shows the public catalog to anyone, without staff fields', async () => {
    const response = await new TestClient(testApp.app).get('/api/public/benefits/catalog');
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((i: { code: string }) => i.code)).toEqual([...benefitCodes]);
    expect(items[0]).toMatchObject({
      code: 'eee',
      kind: 'national',
      documents: expect.arrayContaining([
        { code: 'consent_forms', label: expect.objectContaining({ el: expect.any(String) }) },
      ]),
    });
    const text = response.body;
    expect(text).not.toContain('staffNotes');
    expect(text).not.toContain('sourceRefs');
    expect(text).not.toContain('legalBasisVerified');
  });

  it('shows the full catalog to staff, and only to signed-in staff', async () => {
    expect((await new TestClient(testApp.app).get('/api/benefits/catalog')).statusCode).toBe(401);
    const reception = await client('reception', center);
    const response = await reception.get('/api/benefits/catalog');
    expect(response.statusCode).toBe(200);
    const eee = response.json().items[0];
    expect(eee.staffNotes.el).toContain('συναίνεση');
    expect(eee.sourceRefs).toContain('S22');
    expect(typeof eee.legalBasisVerified).toBe('boolean');
  });
});

describe('municipal program criteria', () => {
  it('starts from example defaults, then keeps what the Center saves', async () => {
    const coordinator = await client('coordinator', center);
    const initial = (await coordinator.get(criteriaPath)).json();
    expect(initial).toMatchObject({
      program: 'social_grocery',
      incomeLimitBase: 5000,
      incomeLimitPerDependant: 1500,
      disabilityBonus: 3000,
      minAge: null,
      requiresResidence: true,
      active: true,
      version: 0,
      isExample: true,
      updatedAt: null,
    });

    const body = {
      incomeLimitBase: 5500,
      incomeLimitPerDependant: 2000,
      disabilityBonus: 3000,
      minAge: 18,
      requiresResidence: true,
      active: true,
      version: 0,
    };
    const saved = await coordinator.put(criteriaPath, body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ...body, version: 1, isExample: false });
    expect((await coordinator.get(criteriaPath)).json()).toMatchObject({ ...body, version: 1 });

    const second = await coordinator.put(criteriaPath, {
      ...body,
      incomeLimitBase: 6000,
      minAge: null,
      version: 1,
    });
    expect(second.json()).toMatchObject({ incomeLimitBase: 6000, minAge: null, version: 2 });

    const stale = await coordinator.put(criteriaPath, { ...body, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_record');
    // Two first saves from the defaults: the second finds the row already there.
    const staleFirst = await coordinator.put(criteriaPath, { ...body, version: 0 });
    expect(staleFirst.json().code).toBe('stale_record');

    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'benefits.program_criteria.update')
      .execute();
    expect(audit).toHaveLength(2);

    const loaded = await loadMunicipalCriteria(database.db, center.id);
    expect(loaded.social_grocery).toMatchObject({ incomeLimitBase: 6000, version: 2 });
    expect(loaded.kapi).toMatchObject({ incomeLimitBase: null, minAge: 60, version: 0 });
    expect(Object.keys(loaded)).toHaveLength(6);
  });

  it('is per Center: another Center still sees the defaults', async () => {
    const outsider = await client('coordinator', other);
    expect((await outsider.get(criteriaPath)).json()).toMatchObject({
      incomeLimitBase: 5000,
      version: 0,
    });
    expect((await loadMunicipalCriteria(database.db, other.id)).social_grocery.version).toBe(0);
  });

  it('lets reception read but not change the criteria', async () => {
    const reception = await client('reception', center, 'en');
    expect((await reception.get(criteriaPath)).statusCode).toBe(200);
    const refused = await reception.put(criteriaPath, {
      incomeLimitBase: 1,
      incomeLimitPerDependant: 1,
      disabilityBonus: 1,
      minAge: null,
      requiresResidence: false,
      active: false,
      version: 0,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('keeps a program without an income test (null limit), as ΚΑΠΗ', async () => {
    const coordinator = await client('coordinator', center);
    const path = '/api/benefits/programs/kapi/criteria';
    expect((await coordinator.get(path)).json()).toMatchObject({ incomeLimitBase: null });
    const saved = await coordinator.put(path, {
      incomeLimitBase: null,
      incomeLimitPerDependant: 0,
      disabilityBonus: 0,
      minAge: 65,
      requiresResidence: true,
      active: true,
      version: 0,
    });
    expect(saved.json()).toMatchObject({ incomeLimitBase: null, minAge: 65, version: 1 });
  });

  it('answers 404 for a benefit that is not a municipal program', async () => {
    const coordinator = await client('coordinator', center);
    expect((await coordinator.get('/api/benefits/programs/eee/criteria')).statusCode).toBe(404);
    expect((await coordinator.get('/api/benefits/programs/nope/criteria')).statusCode).toBe(404);
  });

  it('refuses negative limits with a localized message', async () => {
    const coordinator = await client('coordinator', center);
    const response = await coordinator.put('/api/benefits/programs/kapi/criteria', {
      incomeLimitBase: -5,
      incomeLimitPerDependant: 0,
      disabilityBonus: 0,
      minAge: 60,
      requiresResidence: true,
      active: true,
      version: 0,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('Όριο εισοδήματος');
  });
});
