import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { acceptedMediaTypes, type AcceptedMediaType } from './documents.tables.js';

/**
 * What a file is, judged by its bytes (magic numbers), never by its name or the browser's
 * declared type: a PNG renamed to .pdf is a PNG, an .exe or an HTML page named .pdf is refused.
 */
export async function judgeMediaType(bytes: Buffer): Promise<AcceptedMediaType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime as string | undefined;
  return acceptedMediaTypes.find((accepted) => accepted === mime) ?? null;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The name to keep: no directories, no control characters, at most 255 characters; a name that
 * is empty after cleaning becomes `document` with the extension of what the content is.
 */
export function cleanFileName(raw: string | undefined, mediaType: AcceptedMediaType): string {
  const base = (raw ?? '').split(/[/\\]/).at(-1) ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') {
    return `document.${extensionOf[mediaType]}`;
  }
  return Array.from(cleaned).slice(0, 255).join('');
}

const extensionOf: Record<AcceptedMediaType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/**
 * `attachment` with an ASCII fallback and the exact UTF-8 name in `filename*` (RFC 6266 with
 * RFC 5987 encoding), so Greek names survive and nothing in a name can break the header.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
