import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { seedCenter, seedStaff } from '../../../test/helpers/fixtures.js';
import { makeAfm, makeAmka } from '../../lib/identifiers.js';

let database: TestDatabase;
let testApp: TestApp;
let reception: TestClient;
const ids: Record<string, string> = {};

// A small Center with the names a reception desk meets every day, near-homonyms included.
const people = [
  {
    key: 'giorgos',
    surname: 'Παπαδόπουλος',
    givenName: 'Γεώργιος',
    fatherName: 'Ιωάννης',
    birthDate: '1961-04-12',
  },
  {
    key: 'maria',
    surname: 'Παπαδοπούλου',
    givenName: 'Μαρία',
    fatherName: 'Κωνσταντίνος',
    birthDate: '1990-02-03',
  },
  {
    key: 'eleni',
    surname: 'Οικονόμου',
    givenName: 'Ελένη',
    fatherName: 'Νικόλαος',
    birthDate: '1972-09-30',
  },
  {
    key: 'thanasis',
    surname: 'Χατζηθεοδώρου',
    givenName: 'Αθανάσιος',
    fatherName: 'Χρήστος',
    birthDate: '1955-12-01',
  },
  {
    key: 'vaso',
    surname: 'Μαυράκη',
    givenName: 'Βασιλική',
    fatherName: 'Ευάγγελος',
    birthDate: '1980-07-15',
  },
  {
    key: 'kostas',
    surname: 'Ψαρράς',
    givenName: 'Κωνσταντίνος',
    fatherName: 'Δημήτριος',
    birthDate: '1947-01-20',
  },
  {
    key: 'nikos',
    surname: 'Γεωργίου',
    givenName: 'Νικόλαος',
    fatherName: 'Γεώργιος',
    birthDate: '1999-11-11',
  },
  {
    key: 'giannis',
    surname: 'Νικολαΐδης',
    givenName: 'Ιωάννης',
    fatherName: 'Παύλος',
    birthDate: '1968-05-05',
  },
  {
    key: 'mohammed',
    surname: 'Hassan',
    givenName: 'Mohammed',
    fatherName: 'Ali',
    birthDate: '1993-03-03',
  },
  {
    key: 'efthymia',
    surname: 'Ευθυμίου',
    givenName: 'Ευθυμία',
    fatherName: 'Σπυρίδων',
    birthDate: '1985-08-08',
  },
];

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  const center = await seedCenter(database.db, 'search');
  const clerk = await seedStaff(database.db, testApp.keyRing, center, 'reception');
  reception = new TestClient(testApp.app, 'en');
  await reception.signIn(clerk);
  for (const [index, { key, ...person }] of people.entries()) {
    const created = await reception.post('/api/residents', {
      ...person,
      amka: makeAmka(person.birthDate, index, index % 2 ? 'female' : 'male'),
      afm: makeAfm(String(10_000_000 + index * 7919)),
      mobilePhone: `69${String(10_000_000 + index).padStart(8, '0')}`,
      confirmNotDuplicate: true,
    });
    expect(created.statusCode).toBe(201);
    ids[key] = created.json().id;
  }
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

async function search(q: string) {
  const response = await reception.get(`/api/residents/search?q=${encodeURIComponent(q)}`);
  expect(response.statusCode).toBe(200);
  return response.json() as { items: { id: string; matchedOn: string }[]; total: number };
}

async function topOf(q: string): Promise<string | undefined> {
  const first = (await search(q)).items[0]?.id;
  return Object.entries(ids).find(([, id]) => id === first)?.[0];
}

describe('resident search', () => {
  it.each([
    ['Γεώργιος Παπαδόπουλος', 'giorgos', 'Greek, given name first'],
    ['ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ', 'giorgos', 'capitals, any order'],
    ['παπαδοπουλος γεωργιος', 'giorgos', 'no accents, final sigma as typed'],
    ['Παπαδοπουλοσ Γεωργιοσ', 'giorgos', 'medial sigma at the end'],
    ['Papadopoulos Georgios', 'giorgos', 'ELOT 743'],
    ['giorgos papadopoulos', 'giorgos', 'informal Greeklish and a nickname'],
    ['Γιώργος Παπαδόπουλος', 'giorgos', 'nickname'],
    ['Papadopoulou Maria', 'maria', 'feminine form in Greeklish'],
    ['Μαίρη Παπαδοπούλου', 'maria', 'nickname of Μαρία'],
    ['Μαρία Παπαδόπουλος', 'maria', 'masculine form of her surname'],
    ['Λένα Οικονόμου', 'eleni', 'nickname of Ελένη'],
    ['Ikonomou Eleni', 'eleni', 'informal οι as i'],
    ['8anasis xatzi8eodorou', 'thanasis', '8 for θ, x for χ, nickname'],
    ['Hatzitheodorou Athanasios', 'thanasis', 'h for χ'],
    ['Βάσω Μαυράκης', 'vaso', 'nickname and masculine form'],
    ['Kwstas Psarras', 'kostas', 'w for ω, nickname'],
    ['Κώστας Ψαρά', 'kostas', 'feminine form of -ας'],
    ['Νίκος Γεωργίου', 'nikos', 'nickname of Νικόλαος'],
    ['Γιάννης Νικολαΐδου', 'giannis', 'feminine -ίδου of -ίδης'],
    ['Yannis Nikolaidis', 'giannis', 'Greeklish with y'],
    ['Παπαδόπολος Γεώργιος', 'giorgos', 'a typo (missing letter)'],
    ['Οικονόυμο Ελένη', 'eleni', 'a typo (inserted letter)'],
    ['Efthimiou Efthimia', 'efthymia', 'ευ before θ is ef'],
    ['hassan mohamed', 'mohammed', 'Latin names with a typo'],
  ])('%s → %s (%s)', async (q, expected) => {
    expect(await topOf(q)).toBe(expected);
  });

  it('finds by ΑΜΚΑ, ΑΦΜ and phone exactly', async () => {
    const amka = makeAmka('1972-09-30', 2, 'male');
    expect((await search(amka)).items).toMatchObject([{ id: ids.eleni, matchedOn: 'amka' }]);
    const afm = makeAfm(String(10_000_000 + 5 * 7919));
    expect((await search(afm)).items).toMatchObject([{ id: ids.kostas, matchedOn: 'afm' }]);
    expect((await search('+30 69 1000 0006')).items).toMatchObject([
      { id: ids.nikos, matchedOn: 'phone' },
    ]);
  });

  it('ranks the closer spelling first and pages the results', async () => {
    const both = await search('Παπαδόπουλος');
    expect(both.total).toBe(2);
    expect(both.items[0]?.id).toBe(ids.giorgos);
    const page2 = await reception.get('/api/residents/search?q=Papadopoulou&page=2&pageSize=1');
    expect(page2.json()).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page2.json().items[0].id).toBe(ids.giorgos);
  });

  it('audits each search with the count, never the query', async () => {
    await search('Οικονόμου');
    const last = await database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.action).toBe('resident.search');
    expect(last.details).toEqual({ count: 1, matchedOn: 'name' });
    expect(JSON.stringify(last.details)).not.toContain('Οικονόμου');
  });

  it('finds nothing for an unrelated name', async () => {
    expect((await search('Ζαχαρίας Ξενοφώντος')).total).toBe(0);
  });
});
