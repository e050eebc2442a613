import { directorySearchText, searchPrefixes, sortName } from '../directory/directory-search.js';
import type { Db } from '../../db/connection.js';
import type { KeyRing } from '../../lib/crypto.js';
import type { CenterRow } from '../centers/centers.repository.js';
import {
  seedCenter,
  seedOrganization,
  seedStaff,
  type SeededStaff,
} from '../../../test/helpers/fixtures.js';
import { insertProfiledTestResident } from '../../../test/helpers/residents.js';

/** A Center with the people and directory entries a referral needs (tests, e2e and demos). */
export interface ReferralWorld {
  center: CenterRow;
  coordinator: SeededStaff;
  worker: SeededStaff;
  /** Another social worker, not on the case. */
  colleague: SeededStaff;
  organizationId: string;
  serviceId: string;
  partnerEmail: string;
  residentId: string;
  caseId: string;
}

export async function seedReferralWorld(
  db: Db,
  keyRing: KeyRing,
  slug: string,
  options: { consent?: boolean; partnerEmail?: string; workerEmail?: string } = {},
): Promise<ReferralWorld> {
  const center = await seedCenter(db, slug);
  const coordinator = await seedStaff(db, keyRing, center, 'coordinator');
  const worker = await seedStaff(db, keyRing, center, 'social_worker');
  const colleague = await seedStaff(db, keyRing, center, 'social_worker');
  if (options.workerEmail) {
    await db
      .updateTable('staff')
      .set({ email: options.workerEmail })
      .where('id', '=', worker.staff.id)
      .execute();
  }
  const partnerEmail = options.partnerEmail ?? `partner-${slug}@example.gr`;
  const organizationId = await seedOrganization(db, center.id, {
    name: 'Κέντρο Ψυχικής Υγείας Αμαρουσίου',
    referralEmail: partnerEmail,
  });
  const serviceId = await insertService(db, center.id, organizationId, 'Συμβουλευτική ενηλίκων');
  const residentId = await insertProfiledTestResident(db, center.id, {
    amka: '15038012345',
    afm: '123456789',
  });
  if (options.consent ?? true) await giveReferralConsent(db, center.id, residentId, worker);
  const { id: caseId } = await db
    .insertInto('cases')
    .values({
      center_id: center.id,
      resident_id: residentId,
      topics: ['Ψυχοκοινωνική υποστήριξη'],
      assigned_worker_id: worker.staff.id,
      created_by: worker.staff.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    center,
    coordinator,
    worker,
    colleague,
    organizationId,
    serviceId,
    partnerEmail,
    residentId,
    caseId,
  };
}

export async function insertService(
  db: Db,
  centerId: string,
  organizationId: string,
  name: string,
  shared = false,
): Promise<string> {
  const organization = await db
    .selectFrom('directory_organizations')
    .select(['name', 'alternate_name'])
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  // The search keys the directory module writes, so the referral form's lookup finds it.
  const searchText = directorySearchText({
    name,
    alternateName: null,
    description: null,
    eligibilityDescription: null,
    organizationName: organization.name,
    organizationAlternateName: organization.alternate_name,
    categories: [],
  });
  const row = await db
    .insertInto('directory_services')
    .values({
      center_id: centerId,
      organization_id: organizationId,
      name,
      shared,
      search_text: searchText,
      search_prefixes: searchPrefixes(searchText),
      sort_name: sortName(name),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function giveReferralConsent(
  db: Db,
  centerId: string,
  residentId: string,
  recordedBy: SeededStaff,
  status: 'given' | 'withdrawn' = 'given',
): Promise<void> {
  await db
    .insertInto('consents')
    .values({
      center_id: centerId,
      resident_id: residentId,
      purpose: 'referral_sharing',
      legal_basis: 'art6_1a_consent',
      status,
      recorded_by: recordedBy.staff.id,
    })
    .execute();
}
