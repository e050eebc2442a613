import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDay,
  formatMonth,
  formatPeriod,
  formatShortMonth,
  formatValue,
} from './report-format.js';

describe('report numbers', () => {
  it('groups thousands the Greek and the English way', () => {
    expect(formatCount(1300, 'el')).toBe('1.300');
    expect(formatCount(1300, 'en')).toBe('1,300');
  });

  it.each([
    [0.125, 'rate', 'el', '12,5%'],
    [0.125, 'rate', 'en', '12.5%'],
    [12.25, 'days', 'el', '12,3'],
    [1234.5, 'amount', 'el', '1.234,50\u00a0€'],
    [1234.5, 'amount', 'en', '€1,234.50'],
    [7, 'count', 'el', '7'],
    [null, 'days', 'el', '—'],
  ] as const)('%s as %s in %s is %s', (value, kind, lang, text) => {
    expect(formatValue(value, kind, lang)).toBe(text);
  });
});

describe('report dates', () => {
  it('names months in the nominative in Greek', () => {
    expect(formatMonth('2025-03', 'el')).toBe('Μάρτιος 2025');
    expect(formatMonth('2025-03', 'en')).toBe('March 2025');
  });

  it('shortens months for chart axes', () => {
    expect(formatShortMonth('2025-03', 'en', false)).toBe('Mar');
    expect(formatShortMonth('2025-03', 'en', true)).toBe('Mar 25');
  });

  it('writes days as readers do', () => {
    expect(formatDay('2025-03-09', 'el')).toBe('9/3/2025');
    expect(formatDay('2025-03-09', 'en')).toBe('09/03/2025');
  });
});

describe('report periods', () => {
  it.each([
    ['2025-01-01', '2025-12-31', 'el', '2025'],
    ['2025-03-01', '2025-03-31', 'el', 'Μάρτιος 2025'],
    ['2025-03-01', '2025-03-15', 'el', '1/3/2025 – 15/3/2025'],
  ])('%s – %s reads %s', (from, to, lang, text) => {
    expect(formatPeriod(from, to, lang)).toBe(text);
  });
});
