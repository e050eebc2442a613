import type { Db } from '../../db/connection.js';
import { directoryQueryTerms } from '../directory/directory-search.js';
import { searchServices } from '../directory/directory-search.repository.js';
import type { DestinationOption } from './referrals.schemas.js';

/**
 * Active directory services the Center may refer to (its own and those other Centers shared),
 * found by the directory's own search: the same words find the same services in both places.
 */
export async function searchDestinations(
  db: Db,
  centerId: string,
  q: string,
  limit = 30,
): Promise<DestinationOption[]> {
  const { rows } = await searchServices(db, {
    centerId,
    terms: directoryQueryTerms(q),
    scope: 'all',
    publicOnly: false,
    activeOnly: true,
    limit,
    offset: 0,
  });
  return rows.map((r) => ({
    serviceId: r.id,
    serviceName: r.name,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    referralEmail: r.referral_email,
  }));
}
