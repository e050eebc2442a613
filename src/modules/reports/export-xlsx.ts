import type { Row, Worksheet } from 'exceljs';
import type { ExportDocument, ExportTable, Language } from './export-content.js';
import type { ColumnKind } from './report-types.js';
import type { ExportCell } from './suppression.js';

const sheetNames = {
  summary: { el: 'Σύνοψη', en: 'Summary' },
  activity: { el: 'Δραστηριότητα', en: 'Activity' },
  indicators: { el: 'Δείκτες ΕΚΤ+', en: 'ESF+ indicators' },
};

const numberFormats: Record<ColumnKind, string> = {
  count: '0',
  amount: '#,##0.00',
  days: '0.0',
  rate: '0.0%',
};

/**
 * XLSX: a summary sheet, then one sheet per group of tables (activity, ESF+ indicators), tables
 * one under another. Figures are numbers a spreadsheet can add up, except the suppressed '<5'.
 */
export async function renderXlsx(doc: ExportDocument, lang: Language): Promise<Buffer> {
  // Loaded on the first export, not at start-up (it is large and most processes never use it).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koinotita';
  const summary = workbook.addWorksheet(sheetNames.summary[lang]);
  summary.addRow([doc.title]).font = { bold: true, size: 14 };
  for (const [label, value] of doc.facts) summary.addRow([label, value]);
  summary.addRow([]);
  for (const line of doc.headline) addCells(summary.addRow([line.label]), [line.cell], [line.kind]);
  summary.addRow([]);
  summary.addRow([doc.suppressionNote]);
  summary.getColumn(1).width = 40;
  summary.getColumn(2).width = 22;

  for (const group of ['activity', 'indicators'] as const) {
    const sheet = workbook.addWorksheet(sheetNames[group][lang]);
    for (const table of doc.tables.filter((t) => t.group === group)) addTable(sheet, table);
    sheet.getColumn(1).width = 45;
    for (let i = 2; i <= 8; i += 1) sheet.getColumn(i).width = 16;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTable(sheet: Worksheet, table: ExportTable): void {
  sheet.addRow([table.title]).font = { bold: true, size: 12 };
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) addCells(sheet.addRow([row.label]), row.cells, table.kinds);
  if (table.note) sheet.addRow([table.note]).font = { italic: true };
  sheet.addRow([]);
}

function addCells(row: Row, cells: ExportCell[], kinds: ColumnKind[]): void {
  cells.forEach((cell, i) => {
    const target = row.getCell(i + 2);
    if (cell === null) return;
    target.value = cell;
    if (typeof cell === 'number') target.numFmt = numberFormats[kinds[i] ?? 'count'];
    else target.alignment = { horizontal: 'right' };
  });
}
