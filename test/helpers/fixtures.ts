import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/connection.js';
import type { Role } from '../../src/db/types.js';
import { sealText, type KeyRing } from '../../src/lib/crypto.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import { generateTotpSecret } from '../../src/modules/auth/totp.js';
import { toCenterValues } from '../../src/modules/centers/centers.presenter.js';
import { insertCenter, type CenterRow } from '../../src/modules/centers/centers.repository.js';
import { marousiCenter } from '../../src/modules/centers/default-center.js';
import { insertStaff, type StaffRow } from '../../src/modules/staff/staff.repository.js';

/** A Center like the reference one, under another slug and name. */
export async function seedCenter(db: Db, slug: string): Promise<CenterRow> {
  const { slug: _slug, ...settings } = marousiCenter;
  return insertCenter(db, {
    slug,
    ...toCenterValues({ ...settings, name: { el: `Κέντρο ${slug}`, en: `Center ${slug}` } }),
  });
}

export interface SeededStaff {
  staff: StaffRow;
  username: string;
  password: string;
  totpSecret: string | null;
}

/**
 * A staff account that can sign in straight away: its own password already chosen, and for roles
 * that require it a second factor already enrolled (the secret is returned to act as the phone).
 */
export async function seedStaff(
  db: Db,
  keyRing: KeyRing,
  center: CenterRow,
  role: Role,
  options: {
    username?: string;
    mustChangePassword?: boolean;
    totp?: boolean;
    /** For role `partner`: its organization; a new one of the Center is made when omitted. */
    partnerOrganizationId?: string;
  } = {},
): Promise<SeededStaff> {
  const username = options.username ?? `${role.replace('_', '')}${randomBytes(3).toString('hex')}`;
  const password = `test-${randomBytes(12).toString('base64url')}`;
  const totpSecret = (options.totp ?? role === 'administrator') ? generateTotpSecret() : null;
  const partnerOrganizationId =
    role === 'partner'
      ? (options.partnerOrganizationId ?? (await seedOrganization(db, center.id)))
      : null;
  const staff = await insertStaff(db, {
    center_id: center.id,
    partner_organization_id: partnerOrganizationId,
    username,
    display_name: `Δοκιμή ${role}`,
    email: null,
    role,
    password_hash: await hashPassword(password),
    must_change_password: options.mustChangePassword ?? false,
    totp_enabled: totpSecret !== null,
    totp_secret_sealed: totpSecret ? sealText(totpSecret, keyRing) : null,
  });
  return { staff, username, password, totpSecret };
}

/** A directory organization kept by the Center (private unless `shared`), for partner accounts. */
export async function seedOrganization(
  db: Db,
  centerId: string,
  values: { name?: string; shared?: boolean; referralEmail?: string } = {},
): Promise<string> {
  const row = await db
    .insertInto('directory_organizations')
    .values({
      center_id: centerId,
      name: values.name ?? `Φορέας ${randomBytes(3).toString('hex')}`,
      shared: values.shared ?? false,
      referral_email: values.referralEmail ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
