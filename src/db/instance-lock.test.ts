import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireInstanceLock, AlreadyRunningError } from './instance-lock.js';

describe('one Koinotita per DATA_DIR', () => {
  it('refuses a second start while the first runs, and allows it after release', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kt-lock-'));
    const release = acquireInstanceLock(dir);
    expect(() => acquireInstanceLock(dir)).toThrow(AlreadyRunningError);
    expect(() => acquireInstanceLock(dir)).toThrow(/already running with DATA_DIR=/);
    release();
    acquireInstanceLock(dir)();
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kt-lock-'));
    writeFileSync(path.join(dir, 'koinotita.pid'), '999999999');
    const release = acquireInstanceLock(dir);
    expect(readFileSync(path.join(dir, 'koinotita.pid'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
