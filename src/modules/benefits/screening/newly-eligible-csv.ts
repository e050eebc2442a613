import type { NewlyEligibleItem } from './screening.schemas.js';
import { benefitInfo } from './benefit-info.js';

const BOM = '\uFEFF';

/**
 * RFC 4180 quoting; a cell a spreadsheet would run as a formula (=, @, or + / - not followed by a
 * plain number such as a phone) is neutralised with a leading quote.
 */
export function csvField(value: string): string {
  const formula = /^[=@\t\r]/.test(value) || /^[+-](?![0-9 ]*$)/.test(value);
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark (Excel then shows Greek), CRLF line ends. */
export function newlyEligibleCsv(items: readonly NewlyEligibleItem[]): string {
  const header = ['Ονοματεπώνυμο', 'Τηλέφωνο', 'Παροχή', 'Κωδικός παροχής', 'Από'];
  const lines = items.map((item) =>
    [
      item.name,
      item.phone ?? '',
      benefitInfo(item.benefit).name.el,
      item.benefit,
      item.since.slice(0, 10),
    ]
      .map(csvField)
      .join(','),
  );
  return BOM + [header.join(','), ...lines].join('\r\n') + '\r\n';
}
