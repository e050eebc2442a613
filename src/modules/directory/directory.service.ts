import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { findCenterBySlug, findFirstCenter } from '../centers/centers.repository.js';
import { directoryQueryTerms } from './directory-search.js';
import { searchServices } from './directory-search.repository.js';
import { loadOrganizationTrees } from './directory-trees.repository.js';
import { readableEntry } from './directory.policy.js';
import {
  presentOrganization,
  presentPublicService,
  presentService,
  presentSummary,
} from './directory.presenter.js';
import {
  findOrganizationRow,
  findServiceRow,
  listVisibleOrganizations,
} from './directory.repository.js';
import type { ListQuery, StaffListQuery } from './directory.schemas.js';

export const PAGE_SIZE = 20;
const PUBLIC_STATUSES = new Set(['active', 'temporarily closed']);

/** The Center a public page belongs to: the one named, else the deployment's first. */
export async function publicDirectoryCenterId(db: Db, slug: string | undefined): Promise<string> {
  const center = slug ? await findCenterBySlug(db, slug) : await findFirstCenter(db);
  if (!center) throw new AppError('not_found', { field: 'querystring.center' });
  return center.id;
}

async function search(db: Db, centerId: string, query: StaffListQuery, publicOnly: boolean) {
  const page = query.page ?? 1;
  const { rows, total } = await searchServices(db, {
    centerId,
    terms: directoryQueryTerms(query.q ?? ''),
    category: query.category,
    scope: query.scope ?? 'all',
    publicOnly,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  return { rows, total, page, pageSize: PAGE_SIZE };
}

export async function listServices(db: Db, actor: Actor, query: StaffListQuery) {
  const found = await search(db, actor.centerId, query, false);
  return { ...found, items: found.rows.map((row) => presentSummary(row, actor.centerId)) };
}

export async function listPublicServices(db: Db, slug: string | undefined, query: ListQuery) {
  const centerId = await publicDirectoryCenterId(db, slug);
  const found = await search(db, centerId, query, true);
  const items = found.rows.map((row) => {
    const { shared: _shared, own: _own, ...summary } = presentSummary(row, centerId);
    return summary;
  });
  return { items, total: found.total, page: found.page, pageSize: found.pageSize };
}

async function loadServiceTree(db: Db, serviceId: string) {
  const [organization] = await loadOrganizationTrees(db, { serviceIds: [serviceId] });
  const service = organization?.services[0];
  if (!organization || !service) throw new AppError('not_found');
  return { organization, service };
}

export async function readService(db: Db, actor: Actor, id: string) {
  const { entry, own } = readableEntry(await findServiceRow(db, id), actor.centerId);
  const { organization, service } = await loadServiceTree(db, id);
  return presentService(organization, service, { own, version: entry.version });
}

export async function readPublicService(db: Db, slug: string | undefined, id: string) {
  const centerId = await publicDirectoryCenterId(db, slug);
  const { entry } = readableEntry(await findServiceRow(db, id), centerId);
  if (!PUBLIC_STATUSES.has(entry.status)) throw new AppError('not_found');
  const { organization, service } = await loadServiceTree(db, id);
  return presentPublicService(organization, service);
}

export async function listOrganizations(db: Db, actor: Actor) {
  const rows = await listVisibleOrganizations(db, actor.centerId);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    shared: row.shared,
    sample: row.sample,
    own: row.center_id === actor.centerId,
    services: Number(row.services ?? 0),
  }));
}

export async function readOrganization(db: Db, actor: Actor, id: string) {
  const { entry, own } = readableEntry(await findOrganizationRow(db, id), actor.centerId);
  const [organization] = await loadOrganizationTrees(db, { organizationIds: [id] });
  if (!organization) throw new AppError('not_found');
  // Another Center's shared organization shows only the services it shared too.
  const visible = own
    ? organization
    : { ...organization, services: organization.services.filter((s) => s.shared) };
  return presentOrganization(visible, { own, version: entry.version });
}
