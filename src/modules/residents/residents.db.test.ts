import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import { makeAmka, makeAfm } from '../../lib/identifiers.js';

let database: TestDatabase;
let testApp: TestApp;
let reception: TestClient;
let greek: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const center = await seedCenter(database.db, 'registry');
  const clerk = await seedStaff(database.db, testApp.keyRing, center, 'reception');
  reception = new TestClient(testApp.app, 'en');
  await reception.signIn(clerk);
  greek = new TestClient(testApp.app, 'el');
  await greek.signIn(clerk);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

const eleni = {
  surname: 'Παπαδοπούλου',
  givenName: 'Ελένη',
  fatherName: 'Νικόλαος',
  birthDate: '1930-01-01',
  gender: 'female',
  amka: '01013099997',
  afm: '090000045',
  idNumber: 'ab 123456',
  mobilePhone: '69 1234 5678',
  phone: '+30 210 6123456',
  address: { street: 'Παλαιολόγου', number: '9', postcode: '151 24', area: 'Μαρούσι' },
  nationality: 'GR',
  languages: ['el', 'en'],
  maritalStatus: 'widowed',
  employmentStatus: 'retired',
  educationLevel: 3,
  disabilityPercent: 67,
  esf: {
    disability: 'yes',
    thirdCountryNational: 'no',
    foreignBackground: 'no',
    minority: 'prefer_not_to_say',
    homeless: 'no',
    ruralArea: 'no',
  },
};

async function auditActions(recordId: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('audit_log')
    .select('action')
    .where('record_id', '=', recordId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.action);
}

describe('registering a resident', () => {
  let id: string;

  it('keeps the name as typed, normalises identifiers and derives the ELOT 743 name', async () => {
    const created = await reception.post('/api/residents', eleni);
    expect(created.statusCode).toBe(201);
    const view = created.json();
    id = view.id;
    expect(view).toMatchObject({
      surname: 'Παπαδοπούλου',
      givenName: 'Ελένη',
      amka: '01013099997',
      afm: '090000045',
      idNumber: 'ΑΒ123456',
      mobilePhone: '+306912345678',
      phone: '+302106123456',
      address: { street: 'Παλαιολόγου', number: '9', postcode: '15124', area: 'Μαρούσι' },
      languages: ['el', 'en'],
      latinName: { surname: 'Papadopoulou', givenName: 'Eleni' },
      version: 1,
    });
    const timeline = await database.db
      .selectFrom('timeline_entries')
      .select('kind')
      .where('resident_id', '=', id)
      .execute();
    expect(timeline.map((row) => row.kind)).toEqual(['resident.registered']);
  });

  it('audits every opening of the file', async () => {
    const read = await reception.get(`/api/residents/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().esf.disability).toBe('yes');
    expect(await auditActions(id)).toEqual(['resident.create', 'resident.read']);
  });

  it('reports every invalid identifier at once, names the field, and writes nothing', async () => {
    const before = await database.db.selectFrom('residents').select('id').execute();
    const response = await reception.post('/api/residents', {
      surname: 'Δοκιμή',
      givenName: 'Λάθος',
      birthDate: '2999-01-01',
      amka: '01013099999',
      afm: '123456789',
      idNumber: '12',
      mobilePhone: '12345',
      address: { street: 'Κηφισίας', postcode: '9999' },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('validation_failed');
    const byField = Object.fromEntries(
      problem.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
    );
    expect(Object.keys(byField).sort()).toEqual([
      'body.address.postcode',
      'body.afm',
      'body.amka',
      'body.birthDate',
      'body.idNumber',
      'body.mobilePhone',
    ]);
    expect(byField['body.afm']).toContain('AFM');
    expect(byField['body.birthDate']).toContain('future');
    expect((await database.db.selectFrom('residents').select('id').execute()).length).toBe(
      before.length,
    );
  });

  it('answers in Greek with the Greek rule for a wrong ΑΜΚΑ check digit', async () => {
    const response = await greek.post('/api/residents', {
      surname: 'Δοκιμή',
      givenName: 'Ένα',
      amka: '01013099999',
    });
    expect(response.json()).toMatchObject({
      field: 'body.amka',
      detail: expect.stringContaining('ΑΜΚΑ'),
    });
    expect(response.json().detail).toContain('ψηφίο ελέγχου');
  });

  it('refuses an ΑΜΚΑ that does not match the birth date', async () => {
    const response = await reception.post('/api/residents', {
      surname: 'Δοκιμή',
      givenName: 'Δύο',
      birthDate: '1930-01-02',
      amka: '01013099997',
    });
    expect(response.json().errors).toEqual([
      { field: 'body.amka', message: 'The AMKA does not match the birth date.' },
    ]);
  });

  it('refuses a second file with the same ΑΜΚΑ or ΑΦΜ and points to the first', async () => {
    const sameAmka = await reception.post('/api/residents', {
      surname: 'Άλλη',
      givenName: 'Ελένη',
      amka: '01013099997',
    });
    expect(sameAmka.statusCode).toBe(409);
    expect(sameAmka.json()).toMatchObject({
      code: 'duplicate_resident',
      field: 'body.amka',
      existingId: id,
    });
    const sameAfm = await reception.post('/api/residents', {
      surname: 'Άλλη',
      givenName: 'Μαρία',
      afm: '90000045',
    });
    expect(sameAfm.json()).toMatchObject({ code: 'duplicate_resident', field: 'body.afm' });
  });

  it('warns of a similar name with the same birth date unless confirmed', async () => {
    const similar = {
      surname: 'ΠΑΠΑΔΟΠΟΥΛΟΥ',
      givenName: 'Λένα',
      birthDate: '1930-01-01',
    };
    const warned = await reception.post('/api/residents', similar);
    expect(warned.statusCode).toBe(409);
    expect(warned.json()).toMatchObject({
      code: 'possible_duplicates',
      candidates: [{ id, surname: 'Παπαδοπούλου', matchedOn: 'name' }],
    });
    const byFather = await reception.post('/api/residents', {
      surname: 'Papadopoulou',
      givenName: 'Eleni',
      fatherName: 'Νίκος',
    });
    expect(byFather.json().code).toBe('possible_duplicates');
    const confirmed = await reception.post('/api/residents', {
      ...similar,
      confirmNotDuplicate: true,
    });
    expect(confirmed.statusCode).toBe(201);
    const otherBirthDate = await reception.post('/api/residents', {
      ...similar,
      birthDate: '1975-05-05',
    });
    expect(otherBirthDate.statusCode).toBe(201);
  });
});

describe('rectifying a file', () => {
  it('saves with the version read, keeps the history, and refuses a stale save', async () => {
    const birthDate = '1984-03-12';
    const created = await reception.post('/api/residents', {
      surname: 'Κωνσταντίνου',
      givenName: 'Σοφία',
      birthDate,
      amka: makeAmka(birthDate, 7, 'female'),
    });
    const resident = created.json();
    const { id, createdAt: _c, updatedAt: _u, latinName: _l, mergedInto: _m, ...rest } = resident;
    const body = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null));

    const first = await reception.put(`/api/residents/${id}`, {
      ...body,
      afm: makeAfm('12345678'),
      mobilePhone: '6977123456',
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, mobilePhone: '+306977123456' });

    const stale = await reception.put(`/api/residents/${id}`, {
      ...body,
      surname: 'Κωνσταντινίδου',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_record');
    expect((await reception.get(`/api/residents/${id}`)).json()).toMatchObject({
      surname: 'Κωνσταντίνου',
      version: 2,
    });

    const history = await reception.get(`/api/residents/${id}/history`);
    expect(history.json().items).toEqual([
      {
        version: 2,
        changedAt: expect.any(String),
        changedBy: { id: expect.any(String), displayName: expect.any(String) },
        changes: [
          { field: 'afm', from: null, to: makeAfm('12345678') },
          { field: 'mobilePhone', from: null, to: '+306977123456' },
        ],
      },
    ]);
    expect(await auditActions(id)).toEqual([
      'resident.create',
      'resident.update',
      'resident.read',
      'resident.history.read',
    ]);
  });

  it('answers 404 for a file that does not exist', async () => {
    const missing = await reception.get('/api/residents/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });
});
