import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../test/helpers/pdf-text.js';
import { createPdf, pdfToBuffer } from './pdf.js';

describe('createPdf', () => {
  it('writes Greek text that a PDF reader gets back letter for letter', async () => {
    const doc = await createPdf({ title: 'Δοκιμή', language: 'el' });
    doc.font('bold').fontSize(16).text('Παραπομπή: Κέντρο Κοινότητας Αμαρουσίου');
    doc.font('regular').text('τελικό ς, τόνοι ά έ ή, ΐ ϋ');
    const pages = await readPdfText(await pdfToBuffer(doc));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Παραπομπή: Κέντρο Κοινότητας Αμαρουσίου');
    expect(pages[0]).toContain('τελικό ς, τόνοι ά έ ή, ΐ ϋ');
  });
});
