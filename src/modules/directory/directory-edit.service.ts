import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  organizationFields,
  organizationParts,
  serviceFields,
  serviceParts,
} from './directory-input.js';
import { serviceSearchText } from './directory-tree-writer.js';
import {
  insertOrganizationRow,
  insertServiceRow,
  organizationValues,
  replaceContacts,
  replacePhones,
  replaceSchedules,
  replaceServiceLocations,
  serviceValues,
  syncLocations,
} from './directory-write.repository.js';
import { editableEntry } from './directory.policy.js';
import {
  bumpOrganization,
  bumpService,
  deleteOrganizationRow,
  deleteServiceRow,
  findOrganizationRow,
  findServiceRow,
  listServiceTextsOfOrganization,
  locationIdsOf,
  setSearchText,
  unshareServicesOf,
} from './directory.repository.js';
import type { OrganizationInput, ServiceInput } from './directory.schemas.js';
import { readOrganization, readService } from './directory.service.js';

// Writes of the directory by a manager of the Center that keeps the entry; each one audited in
// its own transaction. Editing a sample entry makes it the Center's own (no longer "sample").

function assertVersion(sent: number | undefined, current: number): void {
  if (sent !== undefined && sent !== current) throw new AppError('stale_record');
}

/** Deleting what a referral or a partner account points to is refused, not cascaded. */
async function refusingReferenced<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code === '23503') throw new AppError('conflict');
    throw error;
  }
}

/** The organization to change, locked: two managers saving at once cannot both pass `version`. */
async function editableOrganization(trx: Db, actor: Actor, id: string) {
  return editableEntry(await findOrganizationRow(trx, id, { lock: true }), actor.centerId);
}

async function refreshSearchTexts(trx: Db, actor: Actor, organizationId: string) {
  const organization = await findOrganizationRow(trx, organizationId);
  if (!organization) return;
  const names = { name: organization.name, alternateName: organization.alternate_name };
  for (const s of await listServiceTextsOfOrganization(trx, actor.centerId, organizationId)) {
    const text = serviceSearchText(
      {
        name: s.name,
        alternateName: s.alternate_name,
        description: s.description,
        eligibilityDescription: s.eligibility_description,
        categories: s.categories,
      },
      names,
    );
    await setSearchText(trx, s.id, text);
  }
}

export async function createOrganization(db: Db, actor: Actor, input: OrganizationInput) {
  const id = await db.transaction().execute(async (trx) => {
    const parts = organizationParts(input);
    if (parts.locations.some((l) => l.id !== null)) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'body.locations', rule: 'invalid' }],
      });
    }
    const orgId = await insertOrganizationRow(
      trx,
      actor.centerId,
      organizationFields(input, false),
    );
    await replacePhones(trx, actor.centerId, { organization_id: orgId }, parts.phones);
    await replaceContacts(trx, actor.centerId, { organization_id: orgId }, parts.contacts);
    await syncLocations(trx, actor.centerId, orgId, parts.locations);
    await recordAudit(trx, actor, {
      action: 'directory.organization.create',
      entity: 'directory_organization',
      recordId: orgId,
    });
    return orgId;
  });
  return readOrganization(db, actor, id);
}

export async function updateOrganization(
  db: Db,
  actor: Actor,
  id: string,
  input: OrganizationInput,
) {
  await db.transaction().execute(async (trx) => {
    const row = await editableOrganization(trx, actor, id);
    assertVersion(input.version, row.version);
    const parts = organizationParts(input);
    const known = new Set((await locationIdsOf(trx, actor.centerId, id)).map((l) => l.id));
    parts.locations.forEach((l, i) => {
      if (l.id !== null && !known.has(l.id)) {
        throw new AppError('validation_failed', {
          fieldErrors: [{ field: `body.locations.${i}.id`, rule: 'invalid' }],
        });
      }
    });
    const fields = organizationFields(input, false);
    await bumpOrganization(trx, actor.centerId, id, organizationValues(fields));
    if (!fields.shared) await unshareServicesOf(trx, actor.centerId, id);
    await replacePhones(trx, actor.centerId, { organization_id: id }, parts.phones);
    await replaceContacts(trx, actor.centerId, { organization_id: id }, parts.contacts);
    await syncLocations(trx, actor.centerId, id, parts.locations);
    await refreshSearchTexts(trx, actor, id);
    await recordAudit(trx, actor, {
      action: 'directory.organization.update',
      entity: 'directory_organization',
      recordId: id,
      details: { shared: fields.shared },
    });
  });
  return readOrganization(db, actor, id);
}

export async function deleteOrganization(db: Db, actor: Actor, id: string): Promise<void> {
  await refusingReferenced(() =>
    db.transaction().execute(async (trx) => {
      await editableOrganization(trx, actor, id);
      await deleteOrganizationRow(trx, actor.centerId, id);
      await recordAudit(trx, actor, {
        action: 'directory.organization.delete',
        entity: 'directory_organization',
        recordId: id,
      });
    }),
  );
}

/** The service's organization must be the Center's own; shared only if the organization is. */
async function checkServicePlacement(trx: Db, actor: Actor, input: ServiceInput) {
  const organization = await findOrganizationRow(trx, input.organizationId);
  if (!organization || organization.center_id !== actor.centerId) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.organizationId', rule: 'invalid' }],
    });
  }
  if (input.shared && !organization.shared) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.shared', rule: 'invalid' }],
    });
  }
  const known = new Set(
    (await locationIdsOf(trx, actor.centerId, input.organizationId)).map((l) => l.id),
  );
  (input.locationIds ?? []).forEach((locationId, i) => {
    if (!known.has(locationId)) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: `body.locationIds.${i}`, rule: 'invalid' }],
      });
    }
  });
  return { name: organization.name, alternateName: organization.alternate_name };
}

async function saveServiceParts(trx: Db, actor: Actor, serviceId: string, input: ServiceInput) {
  const parts = serviceParts(input);
  await replacePhones(trx, actor.centerId, { service_id: serviceId }, parts.phones);
  await replaceContacts(trx, actor.centerId, { service_id: serviceId }, parts.contacts);
  await replaceSchedules(trx, actor.centerId, serviceId, parts.schedules);
  await replaceServiceLocations(
    trx,
    actor.centerId,
    serviceId,
    parts.locationIds.map((locationId) => ({ locationId, description: null })),
  );
}

export async function createService(db: Db, actor: Actor, input: ServiceInput) {
  const id = await db.transaction().execute(async (trx) => {
    const organization = await checkServicePlacement(trx, actor, input);
    serviceParts(input);
    const fields = serviceFields(input, false);
    const serviceId = await insertServiceRow(
      trx,
      actor.centerId,
      input.organizationId,
      fields,
      serviceSearchText(fields, organization),
    );
    await saveServiceParts(trx, actor, serviceId, input);
    await recordAudit(trx, actor, {
      action: 'directory.service.create',
      entity: 'directory_service',
      recordId: serviceId,
    });
    return serviceId;
  });
  return readService(db, actor, id);
}

export async function updateService(db: Db, actor: Actor, id: string, input: ServiceInput) {
  await db.transaction().execute(async (trx) => {
    const row = editableEntry(await findServiceRow(trx, id, { lock: true }), actor.centerId);
    assertVersion(input.version, row.version);
    const organization = await checkServicePlacement(trx, actor, input);
    serviceParts(input);
    const fields = serviceFields(input, false);
    await bumpService(trx, actor.centerId, id, {
      ...serviceValues(fields, serviceSearchText(fields, organization)),
      organization_id: input.organizationId,
    });
    await saveServiceParts(trx, actor, id, input);
    await recordAudit(trx, actor, {
      action: 'directory.service.update',
      entity: 'directory_service',
      recordId: id,
      details: { shared: fields.shared, status: fields.status },
    });
  });
  return readService(db, actor, id);
}

export async function deleteService(db: Db, actor: Actor, id: string): Promise<void> {
  await refusingReferenced(() =>
    db.transaction().execute(async (trx) => {
      editableEntry(await findServiceRow(trx, id), actor.centerId);
      await deleteServiceRow(trx, actor.centerId, id);
      await recordAudit(trx, actor, {
        action: 'directory.service.delete',
        entity: 'directory_service',
        recordId: id,
      });
    }),
  );
}
