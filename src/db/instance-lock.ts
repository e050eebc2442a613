import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export class AlreadyRunningError extends Error {
  override name = 'AlreadyRunningError';
}

/**
 * One Koinotita process per DATA_DIR when it runs the embedded database: a second `npm start`
 * must stop with a clear message instead of fighting over the cluster. The lock file holds the
 * owner's pid; a file left by a dead process is taken over.
 */
export function acquireInstanceLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'koinotita.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && isProcessAlive(owner)) {
        throw new AlreadyRunningError(
          `Koinotita is already running with DATA_DIR=${dataDir} (process ${owner}). ` +
            'Stop it first, or start this one with another DATA_DIR.',
        );
      }
      unlinkSync(file);
    }
  }
  throw new AlreadyRunningError(`Could not take the lock ${file}`);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
