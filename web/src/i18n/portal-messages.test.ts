import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Messages } from './messages.js';
import { portalMessages } from './portal-messages.js';
import { staffMessages } from './staff-messages.js';

const webSrc = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORTAL_ENTRY = resolve(webSrc, 'app/portal-main.tsx');

// Relative imports, static and lazy: `from './x.js'`, `import('./x.js')`, `import './x.css'`.
const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** Every source file the portal bundle is built from, lazy pages included. */
function portalSourceFiles(): string[] {
  const seen = new Set<string>();
  const queue = [PORTAL_ENTRY];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[2] ?? '';
      if (!specifier.endsWith('.js')) continue; // styles and JSON carry no keys to check
      const base = resolve(dirname(file), specifier).replace(/\.js$/, '');
      const source = [`${base}.ts`, `${base}.tsx`].find((path) => existsSync(path));
      if (!source) throw new Error(`${relative(webSrc, file)}: cannot find ${specifier}`);
      queue.push(source);
    }
  }
  return [...seen];
}

// A key-shaped string right after a quote: a whole key (`'booking.back'`, `"common.save"`) or the
// fixed start of a built one (`benefitsCheck.errors.${key}` needs all of benefitsCheck.errors).
const KEY = /[`'"]([A-Za-z]\w*(?:\.[\w-]+)*)(?:(['"`])|\.\$\{)/g;

interface KeyUse {
  key: string;
  prefix: boolean;
  file: string;
}

function keyUses(namespaces: Set<string>): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const file of portalSourceFiles()) {
    for (const match of readFileSync(file, 'utf8').matchAll(KEY)) {
      const key = match[1] ?? '';
      const prefix = match[2] === undefined;
      if (!namespaces.has(key.split('.')[0] ?? '') || (!prefix && !key.includes('.'))) continue;
      uses.push({ key, prefix, file: relative(webSrc, file) });
    }
  }
  return uses;
}

function lookup(messages: Messages, key: string): string | Messages | undefined {
  let node: string | Messages | undefined = messages;
  for (const segment of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[segment];
  }
  return node;
}

/** What i18next would show for a key: the string itself, or its plural forms (`key_one`...). */
function translation(messages: Messages, key: string): unknown {
  const direct = lookup(messages, key);
  if (direct !== undefined) return direct;
  const one = lookup(messages, `${key}_one`);
  const other = lookup(messages, `${key}_other`);
  return one === undefined && other === undefined ? undefined : { one, other };
}

function leaves(messages: Messages, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix + key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value, `${path}.`)) found.set(leaf, text);
  }
  return found;
}

const languages = ['el', 'en'] as const;
const uses = keyUses(new Set(Object.keys(staffMessages.el)));

describe('the portal strings', () => {
  it('finds the keys of the portal pages, lazy ones included', () => {
    const keys = new Set(uses.map((use) => use.key));
    // One key per area: home, shared component, benefits, booking, directory, events, partner link.
    for (const key of [
      'portal.intro',
      'common.unreachable',
      'benefitsCheck.title',
      'booking.steps',
      'directory.category',
      'portal.events.facts',
      'portal.partner',
    ]) {
      expect(keys, key).toContain(key);
    }
  });

  for (const lang of languages) {
    it(`hold, in ${lang}, every key the portal's code uses, with the staff app's text`, () => {
      const missing = uses
        .filter((use) => translation(staffMessages[lang], use.key) !== undefined)
        .filter(
          (use) =>
            JSON.stringify(translation(portalMessages[lang], use.key)) !==
            JSON.stringify(translation(staffMessages[lang], use.key)),
        )
        .map((use) => `${use.file}: ${use.key}${use.prefix ? '.…' : ''}`);
      expect(missing).toEqual([]);
    });

    it(`are, in ${lang}, a smaller part of the staff app's strings, word for word`, () => {
      const staff = leaves(staffMessages[lang]);
      const portal = leaves(portalMessages[lang]);
      const differing = [...portal].filter(([key, text]) => staff.get(key) !== text);
      expect(differing).toEqual([]);
      expect(portal.size).toBeLessThan(staff.size / 2);
    });
  }

  it('are the same keys in Greek and in English', () => {
    expect([...leaves(portalMessages.en).keys()].sort()).toEqual(
      [...leaves(portalMessages.el).keys()].sort(),
    );
  });
});
