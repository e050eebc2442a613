import type { Db } from '../../db/connection.js';
import { searchPrefixes } from './directory-search.js';

// Small reads and writes of single rows; whole trees are in directory-trees.repository.ts.

/** `lock`: held until the transaction ends, so a version check and the update it guards agree. */
export function findOrganizationRow(db: Db, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .selectFrom('directory_organizations')
    .select(['id', 'center_id', 'shared', 'sample', 'version', 'name', 'alternate_name'])
    .where('id', '=', id);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

export function findServiceRow(db: Db, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .selectFrom('directory_services')
    .select(['id', 'center_id', 'shared', 'version', 'organization_id', 'status'])
    .where('id', '=', id);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Own and shared organizations with how many services each has. */
export function listVisibleOrganizations(db: Db, centerId: string) {
  return db
    .selectFrom('directory_organizations as o')
    .select((eb) => [
      'o.id',
      'o.name',
      'o.shared',
      'o.sample',
      'o.center_id',
      eb
        .selectFrom('directory_services as s')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('s.organization_id', '=', 'o.id')
        .as('services'),
    ])
    .where((eb) => eb.or([eb('o.center_id', '=', centerId), eb('o.shared', '=', true)]))
    .orderBy('o.name')
    .orderBy('o.id')
    .execute();
}

export async function bumpOrganization(
  trx: Db,
  centerId: string,
  id: string,
  values: Record<string, unknown>,
): Promise<void> {
  await trx
    .updateTable('directory_organizations')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .execute();
}

export async function bumpService(
  trx: Db,
  centerId: string,
  id: string,
  values: Record<string, unknown>,
): Promise<void> {
  await trx
    .updateTable('directory_services')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .execute();
}

export function listServiceTextsOfOrganization(trx: Db, centerId: string, organizationId: string) {
  return trx
    .selectFrom('directory_services')
    .select([
      'id',
      'name',
      'alternate_name',
      'description',
      'eligibility_description',
      'categories',
    ])
    .where('center_id', '=', centerId)
    .where('organization_id', '=', organizationId)
    .execute();
}

export async function setSearchText(trx: Db, id: string, searchText: string): Promise<void> {
  await trx
    .updateTable('directory_services')
    .set({ search_text: searchText, search_prefixes: searchPrefixes(searchText) })
    .where('id', '=', id)
    .execute();
}

export async function unshareServicesOf(trx: Db, centerId: string, organizationId: string) {
  await trx
    .updateTable('directory_services')
    .set({ shared: false })
    .where('center_id', '=', centerId)
    .where('organization_id', '=', organizationId)
    .execute();
}

export async function deleteOrganizationRow(trx: Db, centerId: string, id: string) {
  await trx
    .deleteFrom('directory_organizations')
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .execute();
}

export async function deleteServiceRow(trx: Db, centerId: string, id: string) {
  await trx
    .deleteFrom('directory_services')
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .execute();
}

export function locationIdsOf(db: Db, centerId: string, organizationId: string) {
  return db
    .selectFrom('directory_locations')
    .select('id')
    .where('center_id', '=', centerId)
    .where('organization_id', '=', organizationId)
    .execute();
}
