import type { Db } from '../../db/connection.js';
import type { OrganizationEntry, OrganizationFields, ServiceEntry } from './directory-model.js';
import { directorySearchText } from './directory-search.js';
import {
  insertOrganizationRow,
  insertServiceRow,
  replaceContacts,
  replacePhones,
  replaceSchedules,
  replaceServiceLocations,
  syncLocations,
} from './directory-write.repository.js';

/** The search key of a service, which carries its organization's names too. */
export function serviceSearchText(
  service: Pick<
    ServiceEntry,
    'name' | 'alternateName' | 'description' | 'eligibilityDescription' | 'categories'
  >,
  organization: Pick<OrganizationFields, 'name' | 'alternateName'>,
): string {
  return directorySearchText({
    ...service,
    organizationName: organization.name,
    organizationAlternateName: organization.alternateName,
  });
}

/**
 * Writes whole trees as new entries of the Center (the import and the sample data): the ids in
 * `organizations` only link parts to each other and are replaced by new ones. Creation times
 * follow the given order, one millisecond apart, so exports list the entries in that order.
 */
export async function insertOrganizationTrees(
  trx: Db,
  centerId: string,
  organizations: readonly OrganizationEntry[],
): Promise<{ organizations: number; services: number }> {
  const start = Date.now();
  let tick = 0;
  const nextCreatedAt = () => new Date(start + tick++);
  let services = 0;
  for (const organization of organizations) {
    const organizationId = await insertOrganizationRow(
      trx,
      centerId,
      organization,
      nextCreatedAt(),
    );
    await replacePhones(trx, centerId, { organization_id: organizationId }, organization.phones);
    await replaceContacts(
      trx,
      centerId,
      { organization_id: organizationId },
      organization.contacts,
    );
    const locationIds = await syncLocations(
      trx,
      centerId,
      organizationId,
      organization.locations.map((l) => ({ ...l, id: null })),
    );
    const newLocationId = new Map(organization.locations.map((l, i) => [l.id, locationIds[i]]));
    for (const service of organization.services) {
      const serviceId = await insertServiceRow(
        trx,
        centerId,
        organizationId,
        service,
        serviceSearchText(service, organization),
        nextCreatedAt(),
      );
      await replacePhones(trx, centerId, { service_id: serviceId }, service.phones);
      await replaceContacts(trx, centerId, { service_id: serviceId }, service.contacts);
      await replaceSchedules(trx, centerId, serviceId, service.schedules);
      await replaceServiceLocations(
        trx,
        centerId,
        serviceId,
        service.serviceAtLocations.map((link) => ({
          locationId: newLocationId.get(link.locationId) ?? '',
          description: link.description,
        })),
      );
      services++;
    }
  }
  return { organizations: organizations.length, services };
}
