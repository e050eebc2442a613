import type { Db } from '../../db/connection.js';

/** A directory service as another module (referrals) needs it: who provides it, where to write. */
export interface VisibleService {
  id: string;
  name: string;
  organizationId: string;
  organizationName: string;
  /** The service's own e-mail, else the organization's referral e-mail, else its e-mail. */
  referralEmail: string | null;
}

/**
 * The service if the Center may refer to it: an active entry of its own or one another Center
 * shared. Null for a missing id, another Center's private entry, or a service that is inactive,
 * defunct or temporarily closed (the caller answers `directory_entry_unavailable`).
 */
export async function findVisibleService(
  db: Db,
  centerId: string,
  serviceId: string,
): Promise<VisibleService | null> {
  const row = await db
    .selectFrom('directory_services as s')
    .innerJoin('directory_organizations as o', 'o.id', 's.organization_id')
    .select([
      's.id',
      's.name',
      's.organization_id',
      'o.name as organization_name',
      's.email',
      'o.referral_email',
      'o.email as organization_email',
    ])
    .where('s.id', '=', serviceId)
    .where('s.status', '=', 'active')
    .where((eb) => eb.or([eb('s.center_id', '=', centerId), eb('s.shared', '=', true)]))
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    referralEmail: row.email ?? row.referral_email ?? row.organization_email ?? null,
  };
}

/** The organization if the Center may use it (its own or shared), else null. */
export async function findVisibleOrganization(
  db: Db,
  centerId: string,
  organizationId: string,
): Promise<{ id: string; name: string; referralEmail: string | null } | null> {
  const row = await db
    .selectFrom('directory_organizations')
    .select(['id', 'name', 'referral_email', 'email'])
    .where('id', '=', organizationId)
    .where((eb) => eb.or([eb('center_id', '=', centerId), eb('shared', '=', true)]))
    .executeTakeFirst();
  if (!row) return null;
  return { id: row.id, name: row.name, referralEmail: row.referral_email ?? row.email ?? null };
}
