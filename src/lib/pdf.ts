import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/**
 * pdfkit's built-in fonts have no Greek glyphs, so every PDF uses DejaVu Sans, shipped with the
 * app through the `dejavu-fonts-ttf` package (resolved from node_modules, not the system).
 */
const fonts = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export type PdfDocument = InstanceType<typeof PDFDocument>;

/**
 * An A4 document with the fonts `regular` and `bold` registered and `regular` selected. pdfkit is
 * loaded on the first PDF, not at start-up: most processes never write one.
 */
export async function createPdf(info: {
  title: string;
  language: 'el' | 'en';
}): Promise<PdfDocument> {
  const { default: PdfKit } = await import('pdfkit');
  const doc = new PdfKit({
    size: 'A4',
    margin: 56,
    lang: info.language === 'el' ? 'el-GR' : 'en-GB',
    info: { Title: info.title, Producer: 'Koinotita' },
    displayTitle: true,
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.font('regular');
  return doc;
}

/** Ends the document and collects its bytes. */
export function pdfToBuffer(doc: PdfDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
