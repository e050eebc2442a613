import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/connection.js';

export interface ServiceSearch {
  centerId: string;
  /** One list of alternative word starts per query word (directoryQueryTerms). */
  terms: string[][];
  category?: string | undefined;
  scope: 'all' | 'own' | 'shared';
  /** The public portal lists services that can be used now or soon (not inactive or defunct). */
  publicOnly: boolean;
  /** Only services taking people now (the referral form). */
  activeOnly?: boolean;
  limit: number;
  offset: number;
}

/**
 * Services the Center may see (its own and those shared by any Center) matching every query
 * word (one of its alternatives is the start of a stored word), with the total count. Matches in
 * the name come first: the stored key lists the name's words first, so the position of the first
 * word's match ranks the results; then by name.
 */
export async function searchServices(db: Db, search: ServiceSearch) {
  const [firstTerm] = search.terms;
  const rank = firstTerm
    ? sql<number>`least(${sql.join(
        firstTerm.map((stem) => sql`nullif(strpos(s.search_text, ${` ${stem}`}), 0)`),
      )})`
    : null;
  const base = db
    .selectFrom('directory_services as s')
    .innerJoin('directory_organizations as o', 'o.id', 's.organization_id')
    .select([
      's.id',
      's.name',
      's.alternate_name',
      's.description',
      's.status',
      's.categories',
      's.sample',
      's.shared',
      's.center_id',
      's.organization_id',
      'o.name as organization_name',
      // Where a referral to the service is e-mailed (the referrals form needs it).
      sql<string | null>`coalesce(s.email, o.referral_email, o.email)`.as('referral_email'),
      sql<string>`count(*) over ()`.as('total'),
    ])
    .where((eb) => {
      const visible: Expression<SqlBool>[] = [];
      if (search.scope !== 'shared') visible.push(eb('s.center_id', '=', search.centerId));
      if (search.scope !== 'own') visible.push(eb('s.shared', '=', true));
      const conditions: Expression<SqlBool>[] = [eb.or(visible)];
      if (search.scope === 'shared') conditions.push(eb('s.center_id', '<>', search.centerId));
      for (const alternatives of search.terms) {
        conditions.push(eb('s.search_prefixes', '&&', sql<string[]>`${alternatives}::text[]`));
      }
      if (search.category) {
        conditions.push(eb('s.categories', '@>', sql<string[]>`ARRAY[${search.category}]::text[]`));
      }
      if (search.publicOnly)
        conditions.push(eb('s.status', 'in', ['active', 'temporarily closed']));
      if (search.activeOnly) conditions.push(eb('s.status', '=', 'active'));
      return eb.and(conditions);
    });
  const ranked = rank ? base.orderBy(sql`${rank} NULLS LAST`) : base;
  const query = ranked.orderBy('s.name').orderBy('s.id').limit(search.limit).offset(search.offset);
  const rows = await query.execute();
  return { rows, total: Number(rows[0]?.total ?? 0) };
}
