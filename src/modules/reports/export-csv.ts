import { formatCell, type ExportDocument, type Language } from './export-content.js';

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads Greek as Latin-1),
 * `;` between fields (what Excel expects where the decimal mark is a comma, as in Greek), CRLF
 * line ends; the tables one under another, each with its title, header and total.
 */
export function renderCsv(doc: ExportDocument, lang: Language): Buffer {
  const lines: string[][] = [[doc.title]];
  for (const [label, value] of doc.facts) lines.push([label, value]);
  lines.push([]);
  for (const line of doc.headline) lines.push([line.label, formatCell(line.cell, line.kind, lang)]);
  for (const table of doc.tables) {
    lines.push([], [table.title], table.header);
    for (const row of table.rows) {
      lines.push([
        row.label,
        ...row.cells.map((c, i) => formatCell(c, table.kinds[i] ?? 'count', lang)),
      ]);
    }
    if (table.note) lines.push([table.note]);
  }
  lines.push([], [doc.suppressionNote]);
  const text = lines.map((fields) => fields.map(quote).join(';')).join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

function quote(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
