import { dictionary } from '@zxcvbn-ts/language-common';

let cached: ReadonlySet<string> | undefined;

/** Loaded once, lazily: ~49k entries, a few MiB, only needed when a password is set. */
export function loadCommonPasswords(): ReadonlySet<string> {
  cached ??= new Set(
    (dictionary['passwords-common'] as string[]).map((p) => p.normalize('NFKC').toLowerCase()),
  );
  return cached;
}
