import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { SummaryRow } from './residents.presenter.js';

const SUMMARY_COLUMNS = sql`r.id, r.surname, r.given_name, r.father_name, r.birth_date, r.amka,
  r.afm, r.mobile_phone, r.street, r.street_number, r.postcode`;
const SEARCHABLE = sql`r.merged_into IS NULL AND r.anonymised_at IS NULL`;

const FALLBACK_CANDIDATES = 1_000;

export interface Page {
  limit: number;
  offset: number;
}

export type RankedRow = SummaryRow & { hits: number; sim: number; total: string };

export async function searchByIdentifier(
  db: Db,
  centerId: string,
  match: { column: 'amka' | 'afm' | 'phone'; value: string },
  page: Page,
): Promise<RankedRow[]> {
  const condition =
    match.column === 'phone'
      ? sql`(r.mobile_phone = ${match.value} OR r.phone = ${match.value})`
      : sql`${sql.ref(`r.${match.column}`)} = ${match.value}`;
  const result = await sql<RankedRow>`
    SELECT ${SUMMARY_COLUMNS}, 1 AS hits, 1 AS sim, count(*) OVER () AS total
    FROM residents r
    WHERE r.center_id = ${centerId} AND ${SEARCHABLE} AND ${condition}
    ORDER BY r.updated_at DESC, r.id
    LIMIT ${page.limit} OFFSET ${page.offset}
  `.execute(db);
  return result.rows;
}

/**
 * Ranked name search over the GIN-indexed keys: each query word is a set of keys, `hits`
 * counts the words found. `requireAll` keeps only files where every word was found; otherwise
 * any word will do and files with more words found come first. Ties go to the closest
 * spelling (trigram similarity of the skeletons), then to the most recently updated file.
 */
export async function searchByKeys(
  db: Db,
  centerId: string,
  query: { words: string[][]; text: string; requireAll: boolean },
  page: Page,
): Promise<RankedRow[]> {
  const overlaps: RawBuilder<boolean>[] = query.words.map(
    (keys) => sql<boolean>`r.search_tokens && ${keys}::text[]`,
  );
  const hits = sql.join(
    overlaps.map((overlap) => sql`(${overlap})::int`),
    sql` + `,
  );
  const filter = sql`r.center_id = ${centerId} AND ${SEARCHABLE} AND ${
    query.requireAll
      ? sql.join(overlaps, sql` AND `)
      : sql`r.search_tokens && ${[...new Set(query.words.flat())]}::text[]`
  }`;
  // The any-word fallback can match tens of thousands of files through one common name: it
  // ranks the first FALLBACK_CANDIDATES the index yields, so its total is capped too.
  const source = query.requireAll
    ? sql`residents r WHERE ${filter}`
    : sql`(SELECT * FROM residents r WHERE ${filter} LIMIT ${FALLBACK_CANDIDATES}) r`;
  const result = await sql<RankedRow>`
    SELECT ${SUMMARY_COLUMNS}, ${hits} AS hits, similarity(r.search_text, ${query.text}) AS sim,
      count(*) OVER () AS total
    FROM ${source}
    ORDER BY hits DESC, sim DESC, r.updated_at DESC, r.id
    LIMIT ${page.limit} OFFSET ${page.offset}
  `.execute(db);
  return result.rows;
}

/**
 * Known keys of the Center close to a mistyped one: trigram similarity above the threshold,
 * or starting with it (a name still being typed). The threshold is set for this transaction.
 */
export async function findSimilarTerms(
  db: Db,
  centerId: string,
  key: string,
  threshold: number,
): Promise<string[]> {
  await sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`.execute(
    db,
  );
  const prefix = key.length >= 3 ? `${key.replace(/[\\%_]/g, '')}%` : null;
  const result = await sql<{ term: string }>`
    SELECT term FROM resident_search_terms
    WHERE center_id = ${centerId} AND (term % ${key} OR term LIKE ${prefix})
    ORDER BY similarity(term, ${key}) DESC, term
    LIMIT 8
  `.execute(db);
  return result.rows.map((row) => row.term);
}
