// tsc does not copy data files: put the benefit rules' parameter files (YAML) beside the compiled
// engine, where `defaultParameterSet()` looks for them (dist/src/modules/benefits/rules/parameters).
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const relative = path.join('src', 'modules', 'benefits', 'rules', 'parameters');
const target = path.join(root, 'dist', relative);
mkdirSync(target, { recursive: true });
cpSync(path.join(root, relative), target, {
  recursive: true,
  filter: (source) => !source.includes('.') || source.endsWith('.yaml'),
});

// The reports' SQL files (src/modules/reports/sql), read by report-sql.ts beside the compiled module.
const reportsSql = path.join('src', 'modules', 'reports', 'sql');
mkdirSync(path.join(root, 'dist', reportsSql), { recursive: true });
cpSync(path.join(root, reportsSql), path.join(root, 'dist', reportsSql), {
  recursive: true,
  filter: (source) => !source.includes('.') || source.endsWith('.sql'),
});
