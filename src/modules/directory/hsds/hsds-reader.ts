// Small readers for untrusted JSON that name the path of what is wrong, e.g.
// "contents[2].services[0].name: required". Pure; used by the HSDS import.

export class HsdsImportError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'HsdsImportError';
  }
}

export type JsonObject = Record<string, unknown>;

export function fail(path: string, problem: string): never {
  throw new HsdsImportError(`${path}: ${problem}`);
}

export function asObject(value: unknown, path: string): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(path, 'must be an object');
  }
  return value as JsonObject;
}

export function asArray(value: unknown, path: string, max: number): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(path, 'must be an array');
  if (value.length > max) fail(path, `at most ${max} items`);
  return value;
}

/** An optional text member: empty text is absent; over `max` characters is an error. */
export function optionalText(object: JsonObject, key: string, path: string, max: number) {
  const value = object[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') fail(`${path}.${key}`, 'must be text');
  const text = value.trim();
  if (text.length > max) fail(`${path}.${key}`, `at most ${max} characters`);
  return text === '' ? null : text;
}

export function requiredText(object: JsonObject, key: string, path: string, max: number): string {
  const text = optionalText(object, key, path, max);
  if (text === null) fail(`${path}.${key}`, 'required');
  return text;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function optionalEmail(object: JsonObject, key: string, path: string): string | null {
  const text = optionalText(object, key, path, 254);
  if (text !== null && !EMAIL.test(text)) fail(`${path}.${key}`, 'not an e-mail address');
  return text;
}

export function optionalUrl(object: JsonObject, key: string, path: string): string | null {
  const text = optionalText(object, key, path, 500);
  if (text !== null && !/^https?:\/\/\S+$/i.test(text)) fail(`${path}.${key}`, 'not a web address');
  return text;
}

export function optionalNumber(
  object: JsonObject,
  key: string,
  path: string,
  range: { min: number; max: number },
): number | null {
  const value = object[key];
  if (value === undefined || value === null || value === '') return null;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number))
    fail(`${path}.${key}`, 'not a number');
  if (number < range.min || number > range.max) {
    fail(`${path}.${key}`, `must be between ${range.min} and ${range.max}`);
  }
  return number;
}

export function optionalBoolean(object: JsonObject, key: string, path: string): boolean {
  const value = object[key];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') fail(`${path}.${key}`, 'must be true or false');
  return value;
}

export function optionalDate(object: JsonObject, key: string, path: string): string | null {
  const text = optionalText(object, key, path, 30);
  if (text === null) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const valid = day && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
  if (!valid || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text) {
    fail(`${path}.${key}`, 'not a date (YYYY-MM-DD)');
  }
  return text;
}

/**
 * The id a part is known by inside the file (links between parts use it); a new one is made
 * up when the part has none and nothing can point to it.
 */
export function idOf(object: JsonObject, path: string, fallback: string): string {
  const value = object.id;
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value !== 'string' && typeof value !== 'number') fail(`${path}.id`, 'must be text');
  const id = String(value);
  if (id.length > 100) fail(`${path}.id`, 'at most 100 characters');
  return id;
}
