import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { normalizeForSearch } from '../../lib/greek-text.js';
import type { DestinationOption } from './referrals.schemas.js';

// Greek case, accents, dialytika and final sigma folded in SQL as normalizeForSearch folds the
// query: lower() is ASCII-only under the C locale, and no unaccent extension is needed. Entries
// written by any path are found, not only those with a search key.
const ACCENTED = 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏΪΫάέήίόύώϊϋΐΰς';
const PLAIN = 'αβγδεζηθικλμνξοπρστυφχψωαεηιουωιυαεηιουωιυιυσ';

/**
 * Active directory services the Center may refer to: its own and those other Centers shared.
 * A small lookup for the referral form (accent- and case-insensitive on service and organization
 * names); the directory module owns the full search.
 */
export async function searchDestinations(
  db: Db,
  centerId: string,
  q: string,
  limit = 30,
): Promise<DestinationOption[]> {
  const words = normalizeForSearch(q).split(/\s+/).filter(Boolean).slice(0, 5);
  let query = db
    .selectFrom('directory_services as s')
    .innerJoin('directory_organizations as o', 'o.id', 's.organization_id')
    .select([
      's.id as service_id',
      's.name as service_name',
      'o.id as organization_id',
      'o.name as organization_name',
      sql<string | null>`coalesce(s.email, o.referral_email, o.email)`.as('referral_email'),
    ])
    .where((eb) => eb.or([eb('s.center_id', '=', centerId), eb('s.shared', '=', true)]))
    .where('s.status', '=', 'active');
  for (const word of words) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(
      sql<boolean>`(s.search_text LIKE ${pattern}
        OR translate(lower(s.name || ' ' || o.name), ${ACCENTED}, ${PLAIN}) LIKE ${pattern})`,
    );
  }
  const rows = await query.orderBy('s.name').limit(limit).execute();
  return rows.map((r) => ({
    serviceId: r.service_id,
    serviceName: r.service_name,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    referralEmail: r.referral_email,
  }));
}
