import { randomBytes } from 'node:crypto';
import { generateHouseholdsForPeople } from '../bench/generate/households.js';
import type { Db } from '../src/db/connection.js';
import { openDatabaseForTool } from '../src/db/open-database.js';
import type { Role } from '../src/db/types.js';
import { recordAudit } from '../src/modules/audit/audit.service.js';
import { hashPassword } from '../src/modules/auth/passwords.js';
import { roles } from '../src/modules/auth/permissions.js';
import { findFirstCenter } from '../src/modules/centers/centers.repository.js';
import { residentSearchKeys } from '../src/modules/residents/name-keys.js';
import { addSearchTerms } from '../src/modules/residents/residents.repository.js';
import { transliterateElot743 } from '../src/lib/greek-text.js';
import { ensureFirstRun } from '../src/modules/centers/first-run.js';
import { insertStaff } from '../src/modules/staff/staff.repository.js';
import { loadConfig } from '../src/server/config.js';

/**
 * `npm run demo`: a Center to try Koinotita with — staff of every role (passwords printed once)
 * and a few hundred residents with Greek names from the deterministic generator. Only into a
 * fresh database, so it can never mix invented people into a Center's real files.
 */
const RESIDENTS = 300;

const demoStaff: { role: Role; username: string; displayName: string }[] = [
  { role: 'coordinator', username: 'syntonistria', displayName: 'Αικατερίνη Νικολάου' },
  { role: 'social_worker', username: 'koinoniki1', displayName: 'Σοφία Παπαδοπούλου' },
  { role: 'social_worker', username: 'koinonikos2', displayName: 'Δημήτρης Αντωνίου' },
  { role: 'psychologist', username: 'psychologos', displayName: 'Ελένη Γεωργίου' },
  { role: 'reception', username: 'ypodochi', displayName: 'Μαρία Κωνσταντίνου' },
  { role: 'partner', username: 'synergatis', displayName: 'ΚΕΠ Αμαρουσίου (δοκιμαστικός)' },
  { role: 'auditor', username: 'ypd', displayName: 'Ιωάννης Δημητρίου (ΥΠΔ)' },
];

const config = loadConfig();
const database = await openDatabaseForTool(config, (message) => console.log(message));
try {
  const firstRun = await ensureFirstRun(database.db);
  if (firstRun) {
    console.log(
      `Administrator "${firstRun.username}", one-time password: ${firstRun.oneTimePassword}`,
    );
  }
  await loadDemo(database.db);
} finally {
  await database.close();
}

async function loadDemo(db: Db): Promise<void> {
  const center = await findFirstCenter(db);
  if (!center) throw new Error('No Center in the database');
  const existing = await db
    .selectFrom('residents')
    .select('id')
    .where('center_id', '=', center.id)
    .limit(1)
    .execute();
  const staffCount = await db
    .selectFrom('staff')
    .select('id')
    .where('center_id', '=', center.id)
    .execute();
  if (existing.length > 0 || staffCount.length > 1) {
    console.error(
      'The database already has residents or staff: demo data only goes into a fresh one.',
    );
    process.exitCode = 1;
    return;
  }

  const accounts = await Promise.all(
    demoStaff.map(async (person) => ({
      ...person,
      password: randomBytes(9).toString('base64url'),
    })),
  );
  const hashes = await Promise.all(accounts.map((account) => hashPassword(account.password)));
  const households = generateHouseholdsForPeople(RESIDENTS, 'koinotita-demo');

  await db.transaction().execute(async (trx) => {
    for (const [index, account] of accounts.entries()) {
      await insertStaff(trx, {
        center_id: center.id,
        username: account.username,
        display_name: account.displayName,
        email: null,
        role: account.role,
        password_hash: hashes[index] ?? '',
        must_change_password: false,
      });
    }
    // Same keys as a registration through the API computes, so the demo people are searchable.
    const rows = households.flatMap((household) =>
      household.members.map((person) => ({
        ...searchColumns(person),
        center_id: center.id,
        surname: person.surname,
        given_name: person.givenName,
        father_name: person.fatherName,
        mother_name: person.motherName,
        birth_date: person.birthDate,
        gender: person.gender,
        amka: person.amka,
        afm: person.afm,
        mobile_phone: person.mobilePhone,
        email: person.email,
        street: household.address.street,
        street_number: household.address.number,
        postcode: household.address.postcode,
        nationality: person.nationality,
      })),
    );
    await trx.insertInto('residents').values(rows).execute();
    await addSearchTerms(trx, center.id, [...new Set(rows.flatMap((row) => row.search_tokens))]);
    await recordAudit(
      trx,
      { centerId: center.id, staffId: null, role: null, ip: null },
      {
        action: 'demo.load',
        entity: 'center',
        recordId: center.id,
        details: { staff: accounts.length, residents: rows.length },
      },
    );
  });

  console.log(
    `\nDemo data loaded into "${center.slug}": ${RESIDENTS} residents in ${households.length} households.`,
  );
  console.log('Staff accounts (passwords shown only now; every role is represented):\n');
  for (const role of roles) {
    for (const account of accounts.filter((a) => a.role === role)) {
      console.log(`  ${role.padEnd(14)} ${account.username.padEnd(14)} ${account.password}`);
    }
  }
  console.log('\n  administrator  admin          (the password printed at the first start)\n');
}

function searchColumns(person: { surname: string; givenName: string; fatherName: string }) {
  const keys = residentSearchKeys(person);
  return {
    latin_surname: transliterateElot743(person.surname),
    latin_given_name: transliterateElot743(person.givenName),
    search_tokens: keys.tokens,
    search_text: keys.text,
  };
}
