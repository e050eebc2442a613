import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Role } from '../../db/types.js';
import { findVisibleOrganization } from '../directory/directory-lookup.js';

/**
 * The organization a partner account belongs to: required for role `partner` (one of the
 * directory entries the Center may use), and none for every other role (the database checks the
 * same: staff_partner_has_organization).
 */
export async function partnerOrganizationFor(
  db: Db,
  centerId: string,
  role: Role,
  organizationId: string | null | undefined,
): Promise<string | null> {
  if (role !== 'partner') {
    if (organizationId) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'body.partnerOrganizationId', rule: 'invalid' }],
      });
    }
    return null;
  }
  if (!organizationId) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.partnerOrganizationId', rule: 'required' }],
    });
  }
  if (!(await findVisibleOrganization(db, centerId, organizationId))) {
    throw new AppError('directory_entry_unavailable', { field: 'body.partnerOrganizationId' });
  }
  return organizationId;
}
