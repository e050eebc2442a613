import { createPdf, pdfToBuffer, type PdfDocument } from '../../lib/pdf.js';
import {
  formatCell,
  type ExportDocument,
  type ExportTable,
  type Language,
} from './export-content.js';

const FONT_SIZE = 8;
const groupTitles = {
  activity: { el: 'Δραστηριότητα', en: 'Activity' },
  indicators: { el: 'Δείκτες ΕΚΤ+', en: 'ESF+ indicators' },
};
const PADDING = 3;

/**
 * PDF on A4 in DejaVu Sans (Greek glyphs): the summary, then every table with its header repeated
 * on a new page when it breaks. The label column takes what the figures leave.
 */
export async function renderPdf(doc: ExportDocument, lang: Language): Promise<Buffer> {
  const pdf = await createPdf({ title: doc.title, language: lang });
  pdf.font('bold').fontSize(16).text(doc.title);
  pdf.moveDown(0.5).font('regular').fontSize(9);
  for (const [label, value] of doc.facts) pdf.text(`${label}: ${value}`);
  pdf.moveDown(0.5);
  drawTable(
    pdf,
    {
      title: '',
      header: ['', ''],
      kinds: ['count'],
      rows: doc.headline.map((l) => ({ label: l.label, cells: [l.cell] })),
      kindsPerRow: doc.headline.map((l) => l.kind),
    },
    lang,
  );
  let group: string | null = null;
  for (const table of doc.tables) {
    if (table.group !== group) {
      group = table.group;
      pdf.addPage().font('bold').fontSize(14).text(groupTitles[table.group][lang]);
    }
    ensureSpace(pdf, 60);
    pdf.moveDown(0.8).font('bold').fontSize(11).text(table.title, pdf.page.margins.left);
    pdf.moveDown(0.2);
    drawTable(pdf, table, lang);
    if (table.note) pdf.font('regular').fontSize(7).text(table.note, pdf.page.margins.left);
  }
  pdf.moveDown(1).font('regular').fontSize(8).text(doc.suppressionNote, pdf.page.margins.left);
  return pdfToBuffer(pdf);
}

interface DrawableTable extends Pick<ExportTable, 'header' | 'kinds' | 'rows'> {
  title: string;
  kindsPerRow?: ExportTable['kinds'];
}

function drawTable(pdf: PdfDocument, table: DrawableTable, lang: Language): void {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const figures = table.header.length - 1;
  const figureWidth = Math.min(70, (width * 0.6) / Math.max(1, figures));
  const labelWidth = width - figureWidth * figures;
  const widths = [labelWidth, ...Array<number>(figures).fill(figureWidth)];
  const drawRow = (texts: string[], bold: boolean) => {
    pdf.font(bold ? 'bold' : 'regular').fontSize(FONT_SIZE);
    const height =
      Math.max(
        ...texts.map((t, i) => pdf.heightOfString(t, { width: (widths[i] ?? 0) - PADDING * 2 })),
      ) +
      PADDING * 2;
    ensureSpace(pdf, height);
    const top = pdf.y;
    let x = left;
    texts.forEach((text, i) => {
      const w = widths[i] ?? 0;
      pdf.text(text, x + PADDING, top + PADDING, {
        width: w - PADDING * 2,
        align: i === 0 ? 'left' : 'right',
      });
      x += w;
    });
    pdf
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
    pdf.x = left;
    pdf.y = top + height;
  };
  if (table.header.some((h) => h !== '')) drawRow(table.header, true);
  table.rows.forEach((row, r) => {
    const kinds = table.kindsPerRow ? [table.kindsPerRow[r] ?? 'count'] : table.kinds;
    drawRow(
      [row.label, ...row.cells.map((c, i) => formatCell(c, kinds[i] ?? 'count', lang) || '—')],
      false,
    );
  });
}

function ensureSpace(pdf: PdfDocument, height: number): void {
  if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
}
