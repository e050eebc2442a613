import { createHash } from 'node:crypto';
import type { CenterRow } from '../../centers/centers.repository.js';
import { escapeHtml } from '../../gdpr/export-html.js';
import type { Verdict } from '../rules/types.js';
import { benefitInfo } from './benefit-info.js';

/**
 * The one-page summary a resident takes home. Server-rendered, every value escaped, no script;
 * the one inline <style> is allowed by its hash in the page's own CSP (as the GDPR export).
 */
const STYLE =
  'body{font-family:system-ui,sans-serif;margin:1.5rem;color:#111;font-size:.95rem}' +
  'table{border-collapse:collapse;width:100%;margin:1rem 0}' +
  'th,td{border:1px solid #999;padding:.3rem .45rem;text-align:left;vertical-align:top}' +
  'th{background:#eee}.verify{font-weight:bold;color:#8a4b00}' +
  '@media print{body{margin:0}@page{size:A4;margin:12mm}}';

const styleHash = createHash('sha256').update(STYLE).digest('base64');

export const summaryHtmlCsp = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const statusLabels: Record<Verdict['status'], string> = {
  eligible: 'Πιθανώς δικαιούστε',
  not_eligible: 'Μάλλον δεν δικαιούστε',
  cannot_tell: 'Χρειάζονται περισσότερα στοιχεία',
};
const periodLabels = { month: 'τον μήνα', year: 'τον χρόνο', once: 'εφάπαξ' } as const;
const statusOrder: Record<Verdict['status'], number> = {
  eligible: 0,
  cannot_tell: 1,
  not_eligible: 2,
};

export function formatEuro(value: number): string {
  return `${value.toLocaleString('el-GR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
}

/** The one line a person reads: the amount, the first criterion not met, or what is missing. */
export function mainReason(verdict: Verdict): string {
  if (verdict.status === 'eligible') {
    const amount = verdict.amount;
    if (!amount) return '';
    const note = amount.note ? ` (${amount.note.el})` : '';
    return `Εκτιμώμενο ποσό: ${formatEuro(amount.value)} ${periodLabels[amount.period]}${note}`;
  }
  const criterion =
    verdict.status === 'not_eligible'
      ? verdict.criteria.find((c) => c.passed === false)
      : verdict.criteria.find((c) => c.passed === null);
  if (!criterion) return verdict.status === 'cannot_tell' ? 'Λείπουν στοιχεία.' : '';
  const values = [criterion.value, criterion.limit].filter((v) => v !== null).join(' / ');
  return values ? `${criterion.label.el}: ${values}` : criterion.label.el;
}

export interface SummaryData {
  center: Pick<
    CenterRow,
    'name_el' | 'street' | 'street_number' | 'postcode' | 'city_el' | 'phones' | 'email' | 'website'
  >;
  asOf: string;
  taxYear: number;
  rulesVersion: string;
  createdAt: Date;
  verdicts: readonly Verdict[];
}

function row(verdict: Verdict): string {
  const verify = verdict.toVerify
    ? ' <span class="verify" title="Το ποσό ή το όριο ελέγχεται">(προς επιβεβαίωση)</span>'
    : '';
  return (
    `<tr><td>${escapeHtml(benefitInfo(verdict.benefit).name.el)}</td>` +
    `<td>${escapeHtml(statusLabels[verdict.status])}${verify}</td>` +
    `<td>${escapeHtml(mainReason(verdict))}</td></tr>`
  );
}

export function renderScreeningSummaryHtml(data: SummaryData): string {
  const c = data.center;
  const verdicts = [...data.verdicts].sort((a, b) => statusOrder[a.status] - statusOrder[b.status]);
  const contacts = [
    `${c.street} ${c.street_number}, ${c.postcode} ${c.city_el}`,
    c.phones.length > 0 ? `Τηλ.: ${c.phones.join(', ')}` : null,
    c.email ? `Email: ${c.email}` : null,
    c.website,
  ].filter((line): line is string => line !== null);
  return `<!doctype html>
<html lang="el">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Σύνοψη επιδομάτων — ${escapeHtml(c.name_el)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Σύνοψη: επιδόματα και παροχές που μπορεί να δικαιούστε</h1>
<p>${escapeHtml(c.name_el)}<br>${contacts.map(escapeHtml).join('<br>')}</p>
<p>Ημερομηνία αναφοράς: ${escapeHtml(data.asOf)} · Φορολογικό έτος: ${data.taxYear} ·
Έλεγχος της ${escapeHtml(data.createdAt.toISOString().slice(0, 10))}</p>
<table>
<thead><tr><th scope="col">Παροχή</th><th scope="col">Αποτέλεσμα</th><th scope="col">Κύριος λόγος</th></tr></thead>
<tbody>
${verdicts.map(row).join('\n')}
</tbody>
</table>
<p>Πρόκειται για εκτίμηση με βάση τα στοιχεία που δηλώθηκαν στο Κέντρο Κοινότητας, όχι για απόφαση.
Την τελική απόφαση την παίρνει ο φορέας κάθε παροχής μετά την αίτησή σας.
Όπου εμφανίζεται «προς επιβεβαίωση», το ποσό ή το όριο ελέγχεται ακόμη με την ισχύουσα νομοθεσία.</p>
<p><small>Έκδοση κανόνων: ${escapeHtml(data.rulesVersion)}</small></p>
</body>
</html>
`;
}
