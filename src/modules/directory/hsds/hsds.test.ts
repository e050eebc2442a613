import { describe, expect, it } from 'vitest';
import { sampleOrganizations } from '../sample-directory-data.js';
import { csvCell, hsdsTableCsv } from './hsds-csv.js';
import { toHsdsDocument } from './hsds-export.js';
import { derivedId, withStableIds } from './hsds-ids.js';
import { parseHsdsDocument } from './hsds-import.js';
import { HsdsImportError } from './hsds-reader.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test documents are free-form JSON

function sampleDocument(): Json {
  return JSON.parse(JSON.stringify(toHsdsDocument(sampleOrganizations))) as Json;
}

function reason(document: unknown): string {
  try {
    parseHsdsDocument(document);
  } catch (error) {
    if (error instanceof HsdsImportError) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('HSDS export', () => {
  it('writes a one-page organization_list with HSDS member names', () => {
    const document = sampleDocument();
    expect(document).toMatchObject({ total_items: 8, total_pages: 1, first_page: true });
    const grocery = document.contents
      .flatMap((o: Json) => o.services)
      .find((s: Json) => s.name === 'Κοινωνικό Παντοπωλείο');
    expect(grocery).toMatchObject({
      status: 'active',
      eligibility_description: expect.stringContaining('χαμηλό ετήσιο εισόδημα'),
      x_koinotita_sample: true,
      schedules: [{ freq: 'WEEKLY', byday: 'TU,TH', opens_at: '09:00', closes_at: '13:00' }],
      languages: [{ code: 'el', name: 'Greek' }],
      cost_options: [{ option: 'Δωρεάν', amount: 0, currency: 'EUR' }],
      required_documents: expect.arrayContaining([
        { id: expect.any(String), service_id: grocery.id, document: 'Ε9' },
      ]),
      attributes: [
        {
          link_entity: 'service',
          taxonomy_term: { code: 'food', taxonomy: 'koinotita-directory-category' },
        },
      ],
    });
    expect(grocery.service_at_locations[0].location_id).toBe('office');
  });

  it('gives parts without rows of their own ids that do not change between exports', () => {
    expect(derivedId('a', 'language', 0)).toBe(derivedId('a', 'language', 0));
    expect(derivedId('a', 'language', 0)).not.toBe(derivedId('a', 'language', 1));
    expect(derivedId('a', 'language', 0)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('reads back what it wrote: export → import → export is the same document', () => {
    const document = sampleDocument();
    expect(toHsdsDocument(parseHsdsDocument(document))).toEqual(document);
  });

  it('compares documents by their links, not their UUIDs', () => {
    const a = { id: 'x', services: [{ id: 'y', organization_id: 'x' }] };
    const b = { id: 'p', services: [{ id: 'q', organization_id: 'p' }] };
    const c = { id: 'p', services: [{ id: 'q', organization_id: 'q' }] };
    expect(withStableIds(a)).toEqual(withStableIds(b));
    expect(withStableIds(a)).not.toEqual(withStableIds(c));
  });
});

describe('HSDS import checks', () => {
  const organization = (extra: Json = {}) => ({ id: 'o1', name: 'Φορέας', ...extra });

  it.each([
    ['not a document', 'just text', 'document: must be an object'],
    ['no organizations', { contents: [] }, 'contents: no organizations'],
    ['an organization without a name', [{ id: 'o1' }], 'document[0].name: required'],
    [
      'a service without a name',
      [organization({ services: [{ id: 's1', name: '  ' }] })],
      'document[0].services[0].name: required',
    ],
    [
      'an unknown status',
      [organization({ services: [{ name: 'Υ', status: 'open' }] })],
      'document[0].services[0].status: must be one of',
    ],
    [
      'a link to a location the organization does not have',
      [
        organization({
          services: [{ name: 'Υ', service_at_locations: [{ location_id: 'nowhere' }] }],
        }),
      ],
      'document[0].services[0].service_at_locations[0].location_id',
    ],
    [
      'a time that is not HH:MM',
      [organization({ services: [{ name: 'Υ', schedules: [{ byday: 'MO', opens_at: '8am' }] }] })],
      'document[0].services[0].schedules[0].opens_at: not a time',
    ],
    [
      'an opening time of 24:00',
      [
        organization({
          services: [{ name: 'Υ', schedules: [{ byday: 'MO', opens_at: '24:00' }] }],
        }),
      ],
      'document[0].services[0].schedules[0].opens_at: not a time',
    ],
    [
      'an unknown weekday',
      [organization({ services: [{ name: 'Υ', schedules: [{ byday: 'MO,XX' }] }] })],
      'unknown day XX',
    ],
    [
      'an unknown category of Koinotita',
      [
        organization({
          services: [
            {
              name: 'Υ',
              attributes: [
                { taxonomy_term: { taxonomy: 'koinotita-directory-category', code: 'x' } },
              ],
            },
          ],
        }),
      ],
      'unknown category x',
    ],
    [
      'a shared service of a private organization',
      [organization({ services: [{ name: 'Υ', x_koinotita_shared: true }] })],
      'a shared service needs a shared organization',
    ],
    [
      'an e-mail without @',
      [organization({ email: 'nobody' })],
      'document[0].email: not an e-mail',
    ],
    ['a name too long', [organization({ name: 'α'.repeat(301) })], 'at most 300 characters'],
    [
      'a phone extension that is not a whole number',
      [organization({ phones: [{ number: '000', extension: 1e23 }] })],
      'document[0].phones[0].extension: must be a whole number',
    ],
    [
      'more services than one import may hold',
      Array.from({ length: 51 }, (_, i) =>
        organization({
          id: `o${i}`,
          services: Array.from({ length: 200 }, (_, j) => ({ name: `Υ${j}` })),
        }),
      ),
      '10200 services; at most 10000 in one file',
    ],
  ])('rejects %s', (_label, document, expected) => {
    expect(reason(document)).toContain(expected);
  });

  it('keeps what HSDS allows and Koinotita does not store out of the way', () => {
    const [read] = parseHsdsDocument([
      organization({
        funding: [{ source: 'ΕΣΠΑ' }],
        services: [
          {
            name: 'Υ',
            schedules: [
              { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00+02:00', closes_at: '17:00:00' },
            ],
            attributes: [{ taxonomy_term: { taxonomy: 'other', code: 'x' } }],
            phones: [{ number: '000', extension: 12 }],
          },
        ],
      }),
    ]);
    const service = read!.services[0]!;
    expect(service.status).toBe('active');
    expect(service.schedules[0]).toMatchObject({
      byday: ['MO'],
      opensAt: '09:00',
      closesAt: '17:00',
    });
    expect(service.categories).toEqual([]);
    expect(service.phones[0]?.extension).toBe('12');
  });
});

describe('HSDS tabular CSV', () => {
  it('writes one HSDS table with its column names and links', () => {
    const csv = hsdsTableCsv(sampleDocument(), 'schedule');
    const [header, ...rows] = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(header).toBe(
      'id,service_id,freq,byday,opens_at,closes_at,valid_from,valid_to,description',
    );
    expect(rows.some((row) => row.includes('"TU,TH",09:00,13:00'))).toBe(true);
  });

  it('quotes what needs it and keeps formulas as text', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(null)).toBe('');
    expect(csvCell(-5)).toBe('-5');
  });
});
