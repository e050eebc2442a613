import { describe, expect, it } from 'vitest';
import {
  attachmentDisposition,
  cleanFileName,
  judgeMediaType,
  sha256Hex,
} from './document-content.js';
import { fakeExe, htmlPage, tinyJpeg, tinyPdf, tinyPng } from './test-files.js';

describe('judging an upload by its content', () => {
  it.each([
    ['a PDF', tinyPdf, 'application/pdf'],
    ['a PNG', tinyPng, 'image/png'],
    ['a JPEG', tinyJpeg, 'image/jpeg'],
    ['a Windows program', fakeExe, null],
    ['an HTML page', htmlPage, null],
    ['empty bytes', Buffer.alloc(0), null],
  ])('%s is %s', async (_label, bytes, expected) => {
    expect(await judgeMediaType(bytes)).toBe(expected);
  });
});

describe('file names', () => {
  it('keeps the last path segment without control characters', () => {
    expect(cleanFileName('C:\\Users\\x\\Εκκαθαριστικό 2025.pdf', 'application/pdf')).toBe(
      'Εκκαθαριστικό 2025.pdf',
    );
    expect(cleanFileName('../../etc/passwd\u0000', 'application/pdf')).toBe('passwd');
    expect(cleanFileName('', 'image/png')).toBe('document.png');
    expect(cleanFileName(undefined, 'image/jpeg')).toBe('document.jpg');
    expect(cleanFileName('α'.repeat(300), 'image/png')).toHaveLength(255);
  });

  it('gives an attachment header with an ASCII fallback and the UTF-8 name (RFC 5987)', () => {
    expect(attachmentDisposition('Μισθωτήριο "νέο".pdf')).toBe(
      `attachment; filename="__________ _____.pdf"; filename*=UTF-8''%CE%9C%CE%B9%CF%83%CE%B8%CF%89%CF%84%CE%AE%CF%81%CE%B9%CE%BF%20%22%CE%BD%CE%AD%CE%BF%22.pdf`,
    );
    expect(attachmentDisposition("it's (1).pdf")).toBe(
      `attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`,
    );
  });

  it('hashes with SHA-256', () => {
    expect(sha256Hex(Buffer.from('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
