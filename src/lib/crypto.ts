import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM sealing of sensitive text (TOTP secrets now, counseling notes later). The key id is
 * stored with the ciphertext so keys can rotate: new text is sealed with the first key of the ring,
 * old text still opens with the key named in it.
 */
export interface KeyRing {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

const FORMAT_VERSION = 'v1';

export function sealText(plaintext: string, ring: KeyRing): string {
  const key = ring.keys.get(ring.activeKeyId);
  if (!key) throw new Error(`Encryption key ${ring.activeKeyId} is missing from the key ring`);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [FORMAT_VERSION, ring.activeKeyId, iv, tag, body]
    .map((part) => (Buffer.isBuffer(part) ? part.toString('base64url') : part))
    .join(':');
}

export function openText(sealed: string, ring: KeyRing): string {
  const [version, keyId, iv, tag, body] = sealed.split(':');
  if (version !== FORMAT_VERSION || !keyId || !iv || !tag || body === undefined) {
    throw new Error('Sealed text has an unknown format');
  }
  const key = ring.keys.get(keyId);
  if (!key) throw new Error(`Encryption key ${keyId} is not configured`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

/** Parses `id1:base64key,id0:base64key` (first is active); every key must be 32 bytes. */
export function parseKeyRing(spec: string): KeyRing {
  const keys = new Map<string, Buffer>();
  let activeKeyId: string | undefined;
  for (const entry of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    if (separator <= 0 || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32) {
      throw new Error('each key must be written as <id>:<base64 of 32 bytes>');
    }
    keys.set(id, key);
    activeKeyId ??= id;
  }
  if (!activeKeyId) throw new Error('no key given');
  return { activeKeyId, keys };
}

export function generateKeySpec(id: string): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}

export function sha256Hex(input: string | Buffer): string {
  return createHash('sha256').update(input).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
