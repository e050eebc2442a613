import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The reports' SQL lives in readable files (`sql/*.sql`), so a review sees every change of a
 * query. Files use named parameters (`:center_id`) turned into `$1…` here, bound, never spliced;
 * `/*include:name*\/` inserts a fragment file (one definition of "contacts" for every query).
 */
export interface ReportQuery {
  name: string;
  text: string;
  /** Parameter names in `$n` order. */
  params: string[];
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** `sql/` beside this module: src/ under tsx, dist/ after build:server; a bare tsc build reads src/. */
const sqlDir = ((): string => {
  const beside = path.join(here, 'sql');
  if (existsSync(beside)) return beside;
  const parts = here.split(`${path.sep}dist${path.sep}`);
  return parts.length === 2 ? path.join(parts[0] ?? '', parts[1] ?? '', 'sql') : beside;
})();

const cache = new Map<string, ReportQuery>();

function readSqlFile(name: string, depth = 0): string {
  if (depth > 3) throw new Error(`reports SQL: includes nested too deep in ${name}`);
  const text = readFileSync(path.join(sqlDir, `${name}.sql`), 'utf8');
  return text.replace(/\/\*include:([a-z-]+)\*\//g, (_, fragment: string) =>
    readSqlFile(fragment, depth + 1).trim(),
  );
}

/** Turns `:name` (not `::type`, not inside a word) into `$n`, the same name to the same number. */
export function compileNamedParameters(text: string): { text: string; params: string[] } {
  const params: string[] = [];
  // Comments go first: a parameter named in a comment is not one the query binds.
  const compiled = text
    .replace(/--.*$/gm, '')
    .replace(/(?<![:\w]):([a-z][a-z_]*)/g, (_, name: string) => {
      let index = params.indexOf(name);
      if (index < 0) index = params.push(name) - 1;
      return `$${index + 1}`;
    });
  return { text: compiled, params };
}

export function reportQuery(name: string): ReportQuery {
  let query = cache.get(name);
  if (!query) {
    query = { name, ...compileNamedParameters(readSqlFile(name)) };
    cache.set(name, query);
  }
  return query;
}

/** Every report query, read at start-up so a missing or broken file stops the process early. */
export const reportQueryNames = [
  'center-timezone',
  'served',
  'participants',
  'requests',
  'cases',
  'counseling',
  'applications',
  'referrals',
  'appointments',
  'events',
  'staff-names',
  'drill-served',
  'drill-requests',
  'drill-participants',
] as const;
export type ReportQueryName = (typeof reportQueryNames)[number];

export function loadReportQueries(): void {
  for (const name of reportQueryNames) reportQuery(name);
}

/** The values of a query's parameters, in order; a missing one is a programming error. */
export function bindParameters(query: ReportQuery, values: Record<string, unknown>): unknown[] {
  return query.params.map((name) => {
    if (!(name in values)) throw new Error(`reports SQL ${query.name}: no value for :${name}`);
    return values[name];
  });
}
