import { describe, expect, it } from 'vitest';
import { ANONYMOUS_NAME, planResidentErasure } from './anonymisation-plan.js';
import { escapeHtml, exportHtmlCsp, renderExportHtml } from './export-html.js';
import { maskRow, SEALED_MARKER } from './export-mask.js';
import type { ColumnInfo } from './resident-tables.repository.js';
import { retentionCutoff } from './retention.js';

describe('retention cutoff (5 years after the end of the year of last contact)', () => {
  it.each([
    // now (UTC), years, cutoff (UTC) = 1 January of (Athens year − years) at Athens midnight
    ['2031-06-15T12:00:00Z', 5, '2025-12-31T22:00:00.000Z'],
    ['2031-01-01T00:00:00Z', 5, '2025-12-31T22:00:00.000Z'],
    // 31 Dec 2030 23:30 UTC is already 2031 in Athens.
    ['2030-12-31T23:30:00Z', 5, '2025-12-31T22:00:00.000Z'],
    ['2030-12-31T21:30:00Z', 5, '2024-12-31T22:00:00.000Z'],
    ['2031-06-15T12:00:00Z', 1, '2029-12-31T22:00:00.000Z'],
  ])('at %s with %i years the cutoff is %s', (now, years, cutoff) => {
    expect(retentionCutoff(new Date(now), years).toISOString()).toBe(cutoff);
  });

  it('a last contact on 31 Dec 2025 is due on 1 Jan 2031 and not a minute before', () => {
    const lastContact = new Date('2025-12-31T20:00:00Z');
    expect(lastContact < retentionCutoff(new Date('2030-12-31T21:59:00Z'), 5)).toBe(false);
    expect(lastContact < retentionCutoff(new Date('2030-12-31T22:00:00Z'), 5)).toBe(true);
  });
});

const column = (name: string, over: Partial<ColumnInfo> = {}): ColumnInfo => ({
  name,
  dataType: 'text',
  nullable: true,
  generated: false,
  hasDefault: false,
  ...over,
});

describe('anonymisation plan of the residents row', () => {
  it('erases identity, keeps what statistics need, and erases unknown columns by default', () => {
    const plan = planResidentErasure(
      [
        column('center_id', { dataType: 'uuid', nullable: false }),
        column('id', { dataType: 'uuid', nullable: false }),
        column('surname', { nullable: false }),
        column('given_name', { nullable: false }),
        column('father_name'),
        column('birth_date', { dataType: 'date' }),
        column('gender'),
        column('amka'),
        column('postcode'),
        column('nationality'),
        column('esf_disability'),
        column('employment_status'),
        column('id_number'),
        column('languages', { dataType: 'ARRAY', nullable: false, hasDefault: true }),
        column('search_key', { nullable: false }),
        column('search_vector', { dataType: 'tsvector', generated: true }),
        column('version', { dataType: 'integer', nullable: false, hasDefault: true }),
      ],
      '1980-03-15',
    );
    expect(Object.fromEntries(plan)).toEqual({
      surname: { kind: 'value', value: ANONYMOUS_NAME },
      given_name: { kind: 'value', value: ANONYMOUS_NAME },
      father_name: { kind: 'null' },
      birth_date: { kind: 'value', value: '1980-07-01' },
      amka: { kind: 'null' },
      postcode: { kind: 'null' },
      id_number: { kind: 'null' },
      languages: { kind: 'default' },
      search_key: { kind: 'value', value: ANONYMOUS_NAME },
    });
  });
});

describe('subject-access export', () => {
  it('replaces sealed columns by a marker and leaves hashes and binary out', () => {
    expect(
      maskRow({
        id: 'a',
        note_sealed: 'v1:k:abc',
        empty_sealed: null,
        token_hash: 'xyz',
        blob: Buffer.from('x'),
        at: new Date('2026-01-02T03:04:05Z'),
      }),
    ).toEqual({
      id: 'a',
      note_sealed: SEALED_MARKER,
      empty_sealed: null,
      at: '2026-01-02T03:04:05.000Z',
    });
  });

  it('renders a Greek page where markup in the data stays text', () => {
    const html = renderExportHtml({
      generatedAt: '2026-01-02T03:04:05.000Z',
      center: { id: 'c', slug: 's', name: 'Κέντρο Κοινότητας Αμαρουσίου' },
      resident: { surname: '<script>alert(1)</script>', given_name: 'Ελένη' },
      sections: { timeline_entries: [{ kind: 'request.logged', details: { a: '<b>' } }] },
    });
    expect(html).toContain('<html lang="el">');
    expect(html).toContain('Αντίγραφο προσωπικών δεδομένων');
    expect(html).toContain('Χρονολόγιο');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&lt;b&gt;&quot;');
    expect(escapeHtml(`&'`)).toBe('&amp;&#39;');
  });

  it('has its own CSP: no scripts, only its own inline style by hash', () => {
    expect(exportHtmlCsp).toContain("default-src 'none'");
    expect(exportHtmlCsp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(exportHtmlCsp).not.toContain('unsafe-inline');
    expect(exportHtmlCsp).not.toContain('script-src');
  });
});
