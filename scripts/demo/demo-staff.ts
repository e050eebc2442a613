import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/connection.js';
import type { Role } from '../../src/db/types.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import { insertStaff } from '../../src/modules/staff/staff.repository.js';
import type { DemoStaffMember, DemoTeam } from './demo-context.js';

export interface DemoAccount {
  role: Role;
  username: string;
  displayName: string;
  /** Random, printed once by `npm run demo`; never stored in clear. */
  password: string;
}

const people: { role: Role; username: string; displayName: string }[] = [
  { role: 'coordinator', username: 'syntonistria', displayName: 'Αικατερίνη Νικολάου' },
  { role: 'social_worker', username: 'koinoniki1', displayName: 'Σοφία Παπαδοπούλου' },
  { role: 'social_worker', username: 'koinonikos2', displayName: 'Δημήτρης Αντωνίου' },
  { role: 'psychologist', username: 'psychologos', displayName: 'Ελένη Γεωργίου' },
  { role: 'reception', username: 'ypodochi', displayName: 'Μαρία Κωνσταντίνου' },
  { role: 'partner', username: 'synergatis', displayName: 'Κέντρο Ψυχικής Υγείας' },
  { role: 'auditor', username: 'ypd', displayName: 'Ιωάννης Δημητρίου (ΥΠΔ)' },
];

/** The partner account answers for this sample organization (an outside service, as partners are). */
const PARTNER_ORGANIZATION = 'Κέντρο Ψυχικής Υγείας';

/** The directory organization the partner account is tied to (a sample entry of the Center). */
export async function findPartnerOrganization(
  db: Db,
  centerId: string,
): Promise<{ id: string; name: string }> {
  const rows = await db
    .selectFrom('directory_organizations')
    .select(['id', 'name', 'sample'])
    .where('center_id', '=', centerId)
    .orderBy('name')
    .execute();
  const chosen = rows.find((row) => row.name === PARTNER_ORGANIZATION) ?? rows[0];
  if (!chosen) throw new Error('The Center has no directory organization to tie a partner to');
  return { id: chosen.id, name: chosen.name };
}

/** Staff of every role with random passwords (argon2 hashes stored, clear text returned once). */
export async function insertDemoStaff(
  trx: Db,
  centerId: string,
  partnerOrganization: { id: string; name: string },
): Promise<{ accounts: DemoAccount[]; team: DemoTeam }> {
  const accounts = people.map((person) => ({
    ...person,
    displayName:
      person.role === 'partner' ? `${partnerOrganization.name} (δοκιμαστικός)` : person.displayName,
    password: randomBytes(9).toString('base64url'),
  }));
  const hashes = await Promise.all(accounts.map((account) => hashPassword(account.password)));
  const members: DemoStaffMember[] = [];
  for (const [index, account] of accounts.entries()) {
    const row = await insertStaff(trx, {
      center_id: centerId,
      username: account.username,
      display_name: account.displayName,
      email: null,
      role: account.role,
      password_hash: hashes[index] ?? '',
      must_change_password: false,
      partner_organization_id: account.role === 'partner' ? partnerOrganization.id : null,
    });
    members.push({ id: row.id, role: row.role, username: row.username });
  }
  const one = (role: Role) => {
    const member = members.find((m) => m.role === role);
    if (!member) throw new Error(`demo staff without ${role}`);
    return member;
  };
  return {
    accounts,
    team: {
      coordinator: one('coordinator'),
      workers: members.filter((m) => m.role === 'social_worker'),
      psychologist: one('psychologist'),
      reception: one('reception'),
      partner: one('partner'),
    },
  };
}
