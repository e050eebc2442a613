import { describe, expect, it } from 'vitest';
import { eligibilityChanges } from './eligibility-changes.js';
import { csvField, newlyEligibleCsv } from './newly-eligible-csv.js';
import { replayScreening } from './replay.js';
import { renderScreeningSummaryHtml, summaryHtmlCsp } from './summary-html.js';
import { createTestEngine, testVerdict } from './test-engine.js';

const center = {
  name_el: 'Κέντρο Κοινότητας <Αμαρουσίου>',
  street: 'Βασ. Σοφίας',
  street_number: '9',
  postcode: '15124',
  city_el: 'Μαρούσι',
  phones: ['2132038000'],
  email: 'kk@example.gr',
  website: null,
};

describe('replayScreening', () => {
  const engine = createTestEngine('v1');
  const input = engine.inputFromFacts(
    // The test engine reads only asOf and the member ids.
    {
      asOf: '2026-02-01',
      members: [{ memberId: 'a' }, { memberId: 'b' }],
    } as never,
  );
  const stored = JSON.parse(
    JSON.stringify({
      rulesVersion: 'v1',
      input,
      municipalCriteria: {},
      verdicts: engine.screen(input, {}),
    }),
  );
  const run = (i: typeof input, p: { version: string }) => engine.screen(i, {}, p as never);

  it('reproduces the stored verdicts with the stored version', () => {
    expect(replayScreening(stored, [{ version: 'v1' }], run).status).toBe('reproduced');
  });

  it('names the benefits whose verdict differs', () => {
    const result = replayScreening({ ...stored, rulesVersion: 'v2' }, [{ version: 'v2' }], run);
    expect(result).toMatchObject({ status: 'differs', differences: ['kapi'] });
  });

  it('says when the stored version is no longer available', () => {
    expect(replayScreening(stored, [{ version: 'v9' }], run).status).toBe('version_unavailable');
  });
});

describe('eligibilityChanges', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  const earlier = new Date('2026-01-01T10:00:00Z');
  const row = (status: 'eligible' | 'not_eligible', first: Date | null) => ({
    benefit: 'food_aid',
    status,
    amount: status === 'eligible' ? '50.00' : null,
    amount_period: status === 'eligible' ? ('month' as const) : null,
    rules_version: 'v1',
    first_eligible_at: first,
  });

  it('writes nothing for an unchanged verdict', () => {
    const verdicts = [testVerdict('food_aid', 'eligible', 50)];
    expect(eligibilityChanges('h', [row('eligible', earlier)], verdicts, 'v1', now)).toEqual([]);
  });

  it('keeps the first eligible date of a household eligible before, under a new version', () => {
    const verdicts = [testVerdict('food_aid', 'eligible', 50)];
    const [change] = eligibilityChanges('h', [row('eligible', earlier)], verdicts, 'v2', now);
    expect(change?.firstEligibleAt).toEqual(earlier);
  });

  it('stores no row for a household never eligible (absence is not eligible)', () => {
    const verdicts = [testVerdict('food_aid', 'not_eligible')];
    expect(eligibilityChanges('h', [], verdicts, 'v1', now)).toEqual([]);
    expect(
      eligibilityChanges('h', [], [testVerdict('food_aid', 'cannot_tell')], 'v1', now),
    ).toHaveLength(1);
  });

  it('dates a newly eligible household now, and clears the date when it stops', () => {
    const eligible = [testVerdict('food_aid', 'eligible', 50)];
    expect(
      eligibilityChanges('h', [row('not_eligible', null)], eligible, 'v1', now)[0]?.firstEligibleAt,
    ).toEqual(now);
    expect(eligibilityChanges('h', [], eligible, 'v1', now)[0]?.firstEligibleAt).toEqual(now);
    const stopped = eligibilityChanges(
      'h',
      [row('eligible', earlier)],
      [testVerdict('food_aid', 'not_eligible')],
      'v1',
      now,
    );
    expect(stopped[0]).toMatchObject({
      status: 'not_eligible',
      firstEligibleAt: null,
      amount: null,
    });
  });
});

describe('printable summary', () => {
  const verdicts = [
    { ...testVerdict('food_aid', 'eligible', 1234.5), toVerify: true },
    {
      ...testVerdict('kapi', 'not_eligible'),
      criteria: [
        {
          id: 'age',
          label: { el: 'Ηλικία <script>alert(1)</script>', en: 'Age' },
          value: '45',
          limit: '60',
          passed: false,
          source: { title: 'x' },
        },
      ],
    },
  ];
  const html = renderScreeningSummaryHtml({
    center,
    asOf: '2026-02-01',
    taxYear: 2025,
    rulesVersion: 'abc',
    createdAt: new Date('2026-02-01T09:00:00Z'),
    verdicts,
  });

  it('is Greek, escaped, without scripts, and marks what is to verify', () => {
    expect(html).toContain('<html lang="el">');
    expect(html).toContain('Πιθανώς δικαιούστε');
    expect(html).toContain('1.234,50 €');
    expect(html).toContain('(προς επιβεβαίωση)');
    expect(html).toContain('Ηλικία &lt;script&gt;alert(1)&lt;/script&gt;: 45 / 60');
    expect(html).toContain('Κέντρο Κοινότητας &lt;Αμαρουσίου&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(summaryHtmlCsp).toContain("default-src 'none'");
    expect(summaryHtmlCsp).not.toContain('unsafe-inline');
    expect(summaryHtmlCsp).not.toContain('script-src');
  });
});

describe('newly eligible CSV', () => {
  it('starts with a BOM, keeps Greek, quotes commas and neutralises formulas', () => {
    const csv = newlyEligibleCsv([
      {
        residentId: 'r',
        name: 'Παπάς, Γιώργος',
        phone: '+306900000000',
        benefit: 'food_aid',
        since: '2026-03-01T10:00:00.000Z',
      },
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('"Παπάς, Γιώργος"');
    expect(csv).toContain(',+306900000000,');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFΟνοματεπώνυμο,Τηλέφωνο,Παροχή,Κωδικός παροχής,Από');
    expect(csvField('a"b')).toBe('"a""b"');
  });
});
