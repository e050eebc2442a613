import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where documents' bytes live, by key `<center id>/<document id>`. The metadata is in PostgreSQL;
 * this interface is all the code uses, so an object store can replace the filesystem.
 */
export interface DocumentStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Deleting a missing object is not an error (erasure may be retried). */
  delete(key: string): Promise<void>;
}

export function documentKey(centerId: string, documentId: string): string {
  return `${centerId}/${documentId}`;
}

const KEY_PATTERN = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** Files under `<dataDir>/documents/<center id>/<document id>`, readable by the app's user only. */
export function createFileStorage(dataDir: string): DocumentStorage {
  const root = path.join(dataDir, 'documents');
  const pathOf = (key: string): string => {
    // Keys are made of two UUIDs: nothing a caller sends can climb out of the root.
    if (!KEY_PATTERN.test(key)) throw new Error('invalid document key');
    return path.join(root, key);
  };
  return {
    async put(key, bytes) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      // Written beside the target then renamed: a crash never leaves a half-written document.
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' });
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    get: (key) => readFile(pathOf(key)),
    delete: (key) => rm(pathOf(key), { force: true }),
  };
}
