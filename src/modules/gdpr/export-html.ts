import { createHash } from 'node:crypto';
import type { ResidentExport } from './export.service.js';

/**
 * The printable page of a subject-access export. Server-rendered, every value escaped, no script.
 * Its one inline <style> is allowed by its SHA-256 in the page's own CSP, so the response needs
 * neither 'unsafe-inline' nor a stylesheet URL (the page still prints when saved to disk).
 */
const STYLE =
  'body{font-family:system-ui,sans-serif;margin:2rem;color:#111}' +
  'table{border-collapse:collapse;width:100%;margin-bottom:1.5rem;font-size:.85rem}' +
  'th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}' +
  'th{background:#eee}td{white-space:pre-wrap;word-break:break-word}' +
  '@media print{body{margin:0}h2{break-after:avoid}}';

const styleHash = createHash('sha256').update(STYLE).digest('base64');

export const exportHtmlCsp = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const sectionTitles: Record<string, string> = {
  timeline_entries: 'Χρονολόγιο',
  consents: 'Συγκαταθέσεις',
  documents: 'Έγγραφα',
  requests: 'Αιτήματα',
  cases: 'Υποθέσεις (φάκελοι)',
  household_members: 'Συμμετοχή σε νοικοκυριά',
  counseling_participants: 'Συνεδρίες συμβουλευτικής',
  audit_log: 'Ποιος είδε ή άλλαξε τον φάκελο (αρχείο καταγραφής)',
};

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return escapeHtml(text);
}

function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '<p>Καμία εγγραφή.</p>';
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map((c) => `<td>${cell(row[c])}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function fieldList(record: Record<string, unknown>): string {
  const items = Object.entries(record)
    .map(
      ([key, value]) => `<tr><th scope="row">${escapeHtml(key)}</th><td>${cell(value)}</td></tr>`,
    )
    .join('\n');
  return `<table><tbody>\n${items}\n</tbody></table>`;
}

export function renderExportHtml(data: ResidentExport): string {
  const name = `${String(data.resident.surname ?? '')} ${String(data.resident.given_name ?? '')}`;
  const sections = Object.entries(data.sections)
    .map(
      ([key, rows]) =>
        `<section><h2>${escapeHtml(sectionTitles[key] ?? key)}</h2>\n${table(rows)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="el">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Αντίγραφο προσωπικών δεδομένων — ${escapeHtml(name)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Αντίγραφο προσωπικών δεδομένων (άρθρο 15 ΓΚΠΔ)</h1>
<p>Κέντρο Κοινότητας: ${escapeHtml(data.center.name)}<br>
Ημερομηνία δημιουργίας: ${escapeHtml(data.generatedAt)}</p>
<p>Οι σφραγισμένες σημειώσεις συμβουλευτικής δεν περιλαμβάνονται· διατίθενται από τον συντάκτη τους κατόπιν αιτήματος.</p>
<h2>Στοιχεία φακέλου</h2>
${fieldList(data.resident)}
${sections}
</body>
</html>
`;
}
