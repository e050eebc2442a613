import type { Db } from '../../db/connection.js';
import { normalizeGreekPhone } from '../../lib/identifiers.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { parseSearchQuery, type ParsedQuery } from './name-keys.js';
import { presentSummary } from './residents.presenter.js';
import {
  findSimilarTerms,
  searchByIdentifier,
  searchByKeys,
  type Page,
  type RankedRow,
} from './residents-search.repository.js';
import type { ResidentSummary } from './residents.schemas.js';

/** Trigram similarity above which a known key stands in for a mistyped one. */
const TYPO_SIMILARITY = 0.4;

interface Found {
  rows: RankedRow[];
  matchedOn: ResidentSummary['matchedOn'];
  words: number;
}

/**
 * The reception desk's one search box (docs/decisions/0006-resident-search.md): identifiers
 * exactly; names by their keys, all words first; if no file has them all, mistyped words are
 * replaced by the Center's known keys that look like them, and then any word will do.
 */
export async function searchResidents(
  db: Db,
  actor: Actor,
  params: { q: string; page?: number; pageSize?: number },
) {
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? 20;
  const window: Page = { limit: pageSize, offset: (page - 1) * pageSize };
  return db.transaction().execute(async (trx) => {
    const found = await find(trx, actor.centerId, parseSearchQuery(params.q), window);
    const total = Number(found.rows[0]?.total ?? 0);
    await recordAudit(trx, actor, {
      action: 'resident.search',
      entity: 'resident',
      details: { count: total, matchedOn: found.matchedOn },
    });
    const items = found.rows.map((row) =>
      presentSummary(row, found.matchedOn, scoreOf(row, found)),
    );
    return { items, total, page, pageSize };
  });
}

function scoreOf(row: RankedRow, found: Found): number {
  if (found.matchedOn !== 'name') return 1;
  return (Number(row.hits) + Number(row.sim)) / (found.words + 1);
}

async function find(db: Db, centerId: string, query: ParsedQuery, page: Page): Promise<Found> {
  switch (query.kind) {
    case 'empty':
      return { rows: [], matchedOn: 'name', words: 0 };
    case 'amka':
    case 'afm': {
      const rows = await searchByIdentifier(
        db,
        centerId,
        { column: query.kind, value: query.value },
        page,
      );
      return { rows, matchedOn: query.kind, words: 1 };
    }
    case 'phone': {
      const phone = normalizeGreekPhone(query.digits);
      const rows = phone
        ? await searchByIdentifier(db, centerId, { column: 'phone', value: phone.e164 }, page)
        : [];
      return { rows, matchedOn: 'phone', words: 1 };
    }
    case 'name':
      return {
        rows: await findByName(db, centerId, query, page),
        matchedOn: 'name',
        words: query.words.length,
      };
  }
}

async function findByName(
  db: Db,
  centerId: string,
  query: { words: string[][]; text: string },
  page: Page,
): Promise<RankedRow[]> {
  const exact = await runStage(db, centerId, { ...query, requireAll: true }, page);
  if (exact) return exact;
  const widened: string[][] = [];
  for (const keys of query.words) {
    const similar: string[] = [];
    for (const key of keys) {
      similar.push(...(await findSimilarTerms(db, centerId, key, TYPO_SIMILARITY)));
    }
    widened.push([...new Set([...keys, ...similar])]);
  }
  const corrected = { words: widened, text: query.text };
  return (
    (await runStage(db, centerId, { ...corrected, requireAll: true }, page)) ??
    (await searchByKeys(db, centerId, { ...corrected, requireAll: false }, page))
  );
}

/**
 * One stage's page, or null when the stage finds nothing at all, so that later pages come
 * from the same stage as the first.
 */
async function runStage(
  db: Db,
  centerId: string,
  query: { words: string[][]; text: string; requireAll: boolean },
  page: Page,
): Promise<RankedRow[] | null> {
  const rows = await searchByKeys(db, centerId, query, page);
  if (rows.length > 0) return rows;
  if (page.offset === 0) return null;
  const first = await searchByKeys(db, centerId, query, { limit: 1, offset: 0 });
  return first.length > 0 ? rows : null;
}
