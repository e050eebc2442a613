/**
 * Amounts as Greeks type them: «1.234,56» (dot for thousands, comma for decimals). A lone dot
 * with one or two digits after it («12.5») is read as a decimal point, as people also type.
 * Returns null for anything that is not a non-negative amount with at most two decimals.
 */
export function parseMoney(text: string): number | null {
  let s = text.replace(/[\s\u00a0€]/g, '');
  if (!s) return 0;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** 1234.5 → «1.234,50», the form the inputs show and accept back. */
export function formatMoney(value: number): string {
  return new Intl.NumberFormat('el-GR', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: true,
  }).format(value);
}
