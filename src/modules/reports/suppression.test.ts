import { describe, expect, it } from 'vitest';
import { buildAppointmentsTable } from './activity-tables.js';
import { buildApplicationTables } from './application-tables.js';
import { buildCaseTables, buildCounselingTable } from './case-tables.js';
import { buildEventsTable, buildReferralTables } from './cooperation-tables.js';
import { column, row, table } from './report-table.js';
import { suppressCount, suppressRate, suppressRow } from './suppression.js';

describe('small-cell suppression', () => {
  it.each([
    [0, 0],
    [1, '<5'],
    [4, '<5'],
    [5, 5],
    [1234, 1234],
    [null, null],
  ] as const)('exports the count %s as %s', (count, shown) => {
    expect(suppressCount(count)).toBe(shown);
  });

  const applications = table(
    {
      id: 't',
      group: 'activity',
      title: { el: 'Τ', en: 'T' },
      dimension: { el: 'Δ', en: 'D' },
      columns: [
        column('opened', 'count', 'Νέες', 'New'),
        column('approved', 'count', 'Εγκρίθηκαν', 'Approved'),
        column('amount', 'amount', 'Ποσό', 'Amount', 'approved'),
      ],
      filtersApplied: [],
    },
    [],
    null,
  );

  it('hides the amount of a row whose people are fewer than five', () => {
    const few = row('eee', { el: 'ΕΕΕ', en: 'EEE' }, { opened: 3, approved: 2, amount: 410 });
    expect(suppressRow(applications, few)).toEqual(['<5', '<5', '<5']);
    const many = row('eee', { el: 'ΕΕΕ', en: 'EEE' }, { opened: 12, approved: 7, amount: 1400.5 });
    expect(suppressRow(applications, many)).toEqual([12, 7, 1400.5]);
    const none = row('eee', { el: 'ΕΕΕ', en: 'EEE' }, { opened: 0, approved: 0, amount: 0 });
    expect(suppressRow(applications, none)).toEqual([0, 0, 0]);
  });

  it('hides the amount approved for fewer than five, however many applied', () => {
    const one = row('eee', { el: 'ΕΕΕ', en: 'EEE' }, { opened: 12, approved: 1, amount: 800 });
    expect(suppressRow(applications, one)).toEqual([12, '<5', '<5']);
  });

  it('hides a figure without a basis when any count of its row is small', () => {
    const unnamed = {
      ...applications,
      columns: [...applications.columns.slice(0, 2), column('x', 'days', 'Χ', 'X')],
    };
    const values = { opened: 12, approved: 1, x: 30 };
    expect(suppressRow(unnamed, row('k', { el: 'Κ', en: 'K' }, values))).toEqual([12, '<5', '<5']);
  });

  it('gives every amount, duration and rate of the report the count it depends on', () => {
    const tables = [
      ...buildApplicationTables([]),
      ...buildCaseTables([]).tables,
      buildCounselingTable([]).table,
      ...buildReferralTables([]).tables,
      buildAppointmentsTable([]).table,
      buildEventsTable([]).table,
    ];
    const figures = tables.flatMap((t) =>
      t.columns
        .filter((c) => c.kind !== 'count')
        .map((c) => ({
          table: t.id,
          column: c.key,
          basis: t.columns.find((b) => b.key === c.basis)?.kind ?? 'missing',
        })),
    );
    expect(figures.length).toBeGreaterThan(3);
    for (const figure of figures) expect(figure).toMatchObject({ basis: 'count' });
  });

  it('hides a rate computed on fewer than five', () => {
    expect(suppressRate(0.5, 2)).toBe('<5');
    expect(suppressRate(0.25, 8)).toBe(0.25);
    expect(suppressRate(null, 0)).toBe(null);
  });
});
