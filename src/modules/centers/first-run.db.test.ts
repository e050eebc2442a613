import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  nextTotpCode,
  TestClient,
  type TestApp,
} from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { ensureFirstRun, type FirstRunResult } from './first-run.js';

let database: TestDatabase;
let testApp: TestApp;
let firstRun: FirstRunResult | null;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  firstRun = await ensureFirstRun(database.db);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

describe('first run', () => {
  it('creates the Marousi Center once, with an administrator whose password is random', async () => {
    expect(firstRun).toMatchObject({ centerSlug: 'marousi', username: 'admin' });
    expect(firstRun?.oneTimePassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    expect(await ensureFirstRun(database.db)).toBeNull();
    const center = await new TestClient(testApp.app).get('/api/public/center');
    expect(center.json()).toMatchObject({
      name: { el: 'Κέντρο Κοινότητας Δήμου Αμαρουσίου' },
      address: { street: 'Παλαιολόγου', number: '9' },
      phones: ['2132031912', '2132031913'],
      openingHours: expect.arrayContaining([{ weekday: 1, opens: '08:00', closes: '16:00' }]),
    });
  });

  it('makes the administrator choose a good password, then enrol a second factor, before anything else', async () => {
    const client = new TestClient(testApp.app, 'en');
    await client.get('/api/auth/csrf');
    const login = await client.post('/api/auth/login', {
      username: 'admin',
      password: firstRun!.oneTimePassword,
    });
    expect(login.json().stage).toBe('password_change');
    expect((await client.get('/api/staff')).json().code).toBe('wrong_sign_in_step');

    const common = await client.post('/api/auth/password', {
      currentPassword: firstRun!.oneTimePassword,
      newPassword: 'password1234',
    });
    expect(common.statusCode).toBe(422);
    expect(common.json()).toMatchObject({
      field: 'body.newPassword',
      detail: expect.stringMatching(/most common/),
    });
    const short = await client.post('/api/auth/password', {
      currentPassword: firstRun!.oneTimePassword,
      newPassword: 'Σύντομος1',
    });
    expect(short.json().detail).toBe('The password needs at least 12 characters.');

    const changed = await client.post('/api/auth/password', {
      currentPassword: firstRun!.oneTimePassword,
      newPassword: 'Παλαιολόγου 9, Μαρούσι!',
    });
    expect(changed.json().stage).toBe('totp_enroll');
    expect((await client.get('/api/staff')).json().code).toBe('wrong_sign_in_step');

    const enrollment = await client.get('/api/auth/totp/enrollment');
    const { secret, otpauthUri, qrSvg } = enrollment.json();
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrSvg).toContain('<svg');
    // Reloading the page shows the same secret, so a QR code already scanned stays valid.
    expect((await client.get('/api/auth/totp/enrollment')).json().secret).toBe(secret);
    expect((await client.post('/api/auth/totp/enrollment', { code: '000000' })).json().code).toBe(
      'invalid_totp',
    );
    const enrolled = await client.post('/api/auth/totp/enrollment', {
      code: await nextTotpCode(secret),
    });
    expect(enrolled.json()).toMatchObject({ stage: 'active', user: { totpEnabled: true } });
    expect((await client.get('/api/staff')).statusCode).toBe(200);

    // The one-time password no longer works; the new one does, with the second factor.
    const again = new TestClient(testApp.app, 'en');
    await again.get('/api/auth/csrf');
    const old = await again.post('/api/auth/login', {
      username: 'admin',
      password: firstRun!.oneTimePassword,
    });
    expect(old.statusCode).toBe(401);
    const fresh = await again.post('/api/auth/login', {
      username: 'admin',
      password: 'Παλαιολόγου 9, Μαρούσι!',
    });
    expect(fresh.json().stage).toBe('totp');
  });
});
