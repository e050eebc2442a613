import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, isMap, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { LegalSource, Localized, ParameterUse } from './types.js';

/**
 * Dated parameters of the benefit rules (docs/api/benefits-issue.md, "Parameter files"): every
 * amount, threshold and scale a rule uses, with its validity periods and legal source, so that a
 * new year's figures are a data change. Files are validated at start-up; a bad one stops the
 * process naming the file and the line.
 */
export const parameterUnits = [
  'EUR',
  'EUR_per_month',
  'percent',
  'years',
  'count',
  'ratio',
] as const;
export type ParameterUnit = (typeof parameterUnits)[number];
export type ParameterScalar = number | string | boolean | readonly number[];

export interface ParameterPeriod {
  from: string;
  /** Last day in force (inclusive); null = until the next period starts, or open-ended. */
  to: string | null;
  value: ParameterScalar;
  source: LegalSource;
  verified: boolean;
}

export interface ParameterDefinition {
  name: string;
  benefit: string;
  file: string;
  label: Localized;
  unit: ParameterUnit;
  reviewBy: string;
  /** Sorted by `from`, not overlapping. */
  values: readonly ParameterPeriod[];
}

export interface ParameterSet {
  /** Content hash of all files: stored with a screening so it can be replayed. */
  version: string;
  definitions: ReadonlyMap<string, ParameterDefinition>;
  /** Values in force on `asOf` (YYYY-MM-DD), by name; a name with no period on that day is absent. */
  inForce(asOf: string): ReadonlyMap<string, ParameterUse>;
  /** Parameters whose review date is before `asOf`. */
  overdueForReview(asOf: string): ParameterDefinition[];
}

/** A parameter file that does not validate: start-up stops with this message. */
export class ParameterFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'ParameterFileError';
  }
}

/** A rule asked for a parameter that has no value on the screening date. */
export class ParameterNotInForce extends Error {
  constructor(
    readonly parameter: string,
    readonly asOf: string,
  ) {
    super(`parameter ${parameter} has no value in force on ${asOf}`);
    this.name = 'ParameterNotInForce';
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Loads and validates every `*.yaml` file of `dir`. Throws ParameterFileError on the first problem. */
export function loadParameterSet(dir: string): ParameterSet {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const hash = createHash('sha256');
  const definitions = new Map<string, ParameterDefinition>();
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    hash.update(file).update('\0').update(text).update('\0');
    for (const definition of parseParameterFile(file, text)) {
      const existing = definitions.get(definition.name);
      if (existing) {
        throw new ParameterFileError(
          file,
          1,
          `parameter ${definition.name} is already defined in ${existing.file}`,
        );
      }
      definitions.set(definition.name, definition);
    }
  }
  return createParameterSet(definitions, hash.digest('hex').slice(0, 16));
}

function createParameterSet(
  definitions: ReadonlyMap<string, ParameterDefinition>,
  version: string,
): ParameterSet {
  // Screens repeat the same few dates (today, a tax year's end): resolve each date once.
  const cache = new Map<string, ReadonlyMap<string, ParameterUse>>();
  return {
    version,
    definitions,
    inForce(asOf) {
      const cached = cache.get(asOf);
      if (cached) return cached;
      const resolved = new Map<string, ParameterUse>();
      for (const definition of definitions.values()) {
        const period = periodOn(definition, asOf);
        if (!period) continue;
        resolved.set(
          definition.name,
          Object.freeze({
            name: definition.name,
            value: period.value,
            validFrom: period.from,
            source: period.source,
            verified: period.verified,
          }),
        );
      }
      if (cache.size >= 256) cache.clear();
      cache.set(asOf, resolved);
      return resolved;
    },
    overdueForReview(asOf) {
      return [...definitions.values()].filter((d) => d.reviewBy < asOf);
    },
  };
}

/** The period in force on `asOf`, if any. */
export function periodOn(definition: ParameterDefinition, asOf: string): ParameterPeriod | null {
  let found: ParameterPeriod | null = null;
  for (const period of definition.values) {
    if (period.from > asOf) break;
    found = period.to !== null && period.to < asOf ? null : period;
  }
  return found;
}

let defaultSet: ParameterSet | undefined;

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The parameter files beside this module: src/ under tsx; dist/ after `npm run build:server`,
 * which copies them (scripts/copy-parameters.mjs). A plain `tsc` build (the benchmarks') has no
 * copy, so a dist/ without them reads the source tree's.
 */
export const defaultParameterDir = ((): string => {
  const beside = path.join(here, 'parameters');
  if (existsSync(beside)) return beside;
  const distRoot = here.split(`${path.sep}dist${path.sep}`);
  const fromSource =
    distRoot.length === 2 ? path.join(distRoot[0] ?? '', distRoot[1] ?? '', 'parameters') : beside;
  return existsSync(fromSource) ? fromSource : beside;
})();

export function defaultParameterSet(): ParameterSet {
  defaultSet ??= loadParameterSet(defaultParameterDir);
  return defaultSet;
}

// --- validation -------------------------------------------------------------------------------

type Path = (string | number)[];

class FileReader {
  constructor(
    readonly file: string,
    readonly doc: Document,
    readonly lines: LineCounter,
  ) {}

  /** Line of the deepest node that exists along `at` (1-based). */
  lineOf(at: Path): number {
    for (let depth = at.length; depth >= 0; depth--) {
      const node = depth === 0 ? this.doc.contents : this.doc.getIn(at.slice(0, depth), true);
      const range = (node as Node | null | undefined)?.range;
      if (range) return this.lines.linePos(range[0]).line;
    }
    return 1;
  }

  fail(at: Path, problem: string): never {
    throw new ParameterFileError(this.file, this.lineOf(at), problem);
  }
}

function parseParameterFile(file: string, text: string): ParameterDefinition[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line;
    throw new ParameterFileError(file, line, `invalid YAML: ${error.message.split('\n')[0]}`);
  }
  const reader: FileReader = new FileReader(file, doc, lines);
  if (!isMap(doc.contents))
    reader.fail([], 'the file must be a mapping with benefit and parameters');
  const root = doc.toJS() as Record<string, unknown>;
  const benefit = root.benefit;
  if (typeof benefit !== 'string' || benefit === '')
    reader.fail(['benefit'], 'benefit is required');
  if (`${benefit}.yaml` !== file) reader.fail(['benefit'], `benefit must match the file name`);
  const parameters = root.parameters;
  const parametersNode = doc.get('parameters', true);
  if (!isMap(parametersNode) || typeof parameters !== 'object' || parameters === null) {
    reader.fail(['parameters'], 'parameters must be a mapping of parameter names');
  }
  const name = benefit;
  return Object.entries(parameters as Record<string, unknown>).map(([parameter, raw]) =>
    parseDefinition(reader, name, parameter, raw),
  );
}

function parseDefinition(
  reader: FileReader,
  benefit: string,
  name: string,
  raw: unknown,
): ParameterDefinition {
  const at: Path = ['parameters', name];
  if (!name.startsWith(`${benefit}.`)) reader.fail(at, `${name} must start with "${benefit}."`);
  const entry = asRecord(reader, at, raw);
  const label = asLocalized(reader, [...at, 'label'], entry.label);
  const unit = entry.unit;
  if (!parameterUnits.includes(unit as ParameterUnit)) {
    reader.fail([...at, 'unit'], `unit must be one of ${parameterUnits.join(', ')}`);
  }
  const reviewBy = entry.review_by;
  if (!isIsoDate(reviewBy))
    reader.fail([...at, 'review_by'], 'review_by must be a YYYY-MM-DD date');
  const valuesNode = reader.doc.getIn([...at, 'values'], true);
  if (!isSeq(valuesNode) || !Array.isArray(entry.values) || entry.values.length === 0) {
    reader.fail([...at, 'values'], 'values must be a non-empty list of periods');
  }
  const values = (entry.values as unknown[]).map((v, i) =>
    parsePeriod(reader, [...at, 'values', i], v, unit as ParameterUnit),
  );
  for (let i = 1; i < values.length; i++) {
    const previous = values[i - 1] as ParameterPeriod;
    const current = values[i] as ParameterPeriod;
    if (current.from <= previous.from || (previous.to !== null && previous.to >= current.from)) {
      reader.fail(
        [...at, 'values', i, 'from'],
        `periods overlap or are out of order: ${current.from} is not after the previous period`,
      );
    }
  }
  return { name, benefit, file: reader.file, label, unit: unit as ParameterUnit, reviewBy, values };
}

function parsePeriod(reader: FileReader, at: Path, raw: unknown, unit: ParameterUnit) {
  const period = asRecord(reader, at, raw);
  if (!isIsoDate(period.from)) reader.fail([...at, 'from'], 'from must be a YYYY-MM-DD date');
  const to = period.to ?? null;
  if (to !== null && (!isIsoDate(to) || to < period.from)) {
    reader.fail([...at, 'to'], 'to must be a YYYY-MM-DD date on or after from');
  }
  const value = period.value;
  const numeric = unit !== 'ratio' || typeof value === 'number';
  const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  const validValue =
    isNumber(value) ||
    (Array.isArray(value) && value.length > 0 && value.every(isNumber)) ||
    (!numeric && (typeof value === 'string' || typeof value === 'boolean'));
  if (!validValue) {
    reader.fail(
      [...at, 'value'],
      'value must be a non-negative number or a non-empty list of them',
    );
  }
  const source = asRecord(reader, [...at, 'source'], period.source, 'source is required');
  if (typeof source.title !== 'string' || source.title.trim() === '') {
    reader.fail([...at, 'source', 'title'], 'source.title is required');
  }
  if (source.url !== undefined && typeof source.url !== 'string') {
    reader.fail([...at, 'source', 'url'], 'source.url must be a string');
  }
  if (typeof period.verified !== 'boolean') {
    reader.fail([...at, 'verified'], 'verified must be true or false');
  }
  return {
    from: period.from,
    to,
    value: value as ParameterScalar,
    source: source.url ? { title: source.title, url: source.url } : { title: source.title },
    verified: period.verified,
  } satisfies ParameterPeriod;
}

function asRecord(
  reader: FileReader,
  at: Path,
  raw: unknown,
  problem = 'must be a mapping',
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    reader.fail(at, problem === 'must be a mapping' ? `${at.join('.')} ${problem}` : problem);
  }
  return raw as Record<string, unknown>;
}

function asLocalized(reader: FileReader, at: Path, raw: unknown): Localized {
  const label = asRecord(reader, at, raw, 'label { el, en } is required');
  // A comma in an unquoted flow mapping silently makes an extra key: refuse anything but el/en.
  if (
    typeof label.el !== 'string' ||
    typeof label.en !== 'string' ||
    Object.keys(label).length !== 2
  ) {
    reader.fail(at, 'label needs exactly el and en texts (quote texts that contain commas)');
  }
  return { el: label.el, en: label.en };
}
