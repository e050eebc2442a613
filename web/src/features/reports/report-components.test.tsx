import i18next, { type i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import el from '../../i18n/el.json' with { type: 'json' };
import reportsEl from '../../i18n/extra/reports.el.json' with { type: 'json' };
import reportsEn from '../../i18n/extra/reports.en.json' with { type: 'json' };
import { BarChart } from './BarChart.js';
import { requestsByAxis, trend } from './report-fixture.js';
import { ReportTableView } from './ReportTableView.js';
import { TrendChart } from './TrendChart.js';

// The unit project has no DOM: components are rendered to HTML on the server and read as text.
let i18n: I18n;

beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: {
      el: { translation: { ...el, ...reportsEl } },
      en: { translation: reportsEn },
    },
    lng: 'el',
    interpolation: { escapeValue: false },
  });
});

function render(node: ReactNode, lang: 'el' | 'en' = 'el'): string {
  void i18n.changeLanguage(lang);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <Router base="/staff/reports" ssrPath="/staff/reports">
        {node}
      </Router>
    </I18nextProvider>,
  );
}

const query = { from: '2025-01-01', to: '2025-12-31', axis: '', channel: '', staffId: '' };

describe('bar chart', () => {
  it('is an image named by its title whose description carries every number', () => {
    const html = render(<BarChart table={requestsByAxis} />);
    expect(html).toContain('role="img"');
    expect(html).toContain('<title');
    expect(html).toContain('Αιτήματα ανά άξονα: Αιτήματα (ραβδόγραμμα)');
    expect(html).toContain('Παροχές: 1.300; Υποδοχή και πληροφόρηση: 0; Συμβουλευτική: 3');
    expect(html.match(/<rect/g)).toHaveLength(3);
  });

  it('uses no inline styles (the CSP forbids them)', () => {
    expect(render(<BarChart table={requestsByAxis} />)).not.toMatch(/style=/);
    expect(render(<TrendChart trend={trend} />)).not.toMatch(/style=/);
  });
});

describe('trend chart', () => {
  it('describes every month in words and offers the same numbers as a table', () => {
    const html = render(<TrendChart trend={trend} />, 'en');
    expect(html).toContain('January 2025: 120 residents, 180 requests');
    expect(html).toContain('March 2025: 0 residents, 0 requests');
    expect(html).toContain('<details');
    expect(html.match(/<th scope="row"/g)).toHaveLength(3);
  });
});

describe('report table', () => {
  const table = (canDrill: boolean, lang: 'el' | 'en' = 'el') =>
    render(
      <ReportTableView table={requestsByAxis} query={query} canDrill={canDrill} titleId="t" />,
      lang,
    );

  it('has a caption and header cells scoped to columns and rows', () => {
    const html = table(false);
    expect(html).toContain('<caption class="govgr-visually-hidden">Αιτήματα ανά άξονα</caption>');
    expect(html.match(/scope="col"/g)).toHaveLength(2);
    expect(html.match(/scope="row"/g)).toHaveLength(4);
  });

  it('links a drillable non-zero number to its residents when the session may read them', () => {
    const html = table(true);
    const links = html.match(/href="[^"]+"/g) ?? [];
    expect(links).toEqual([
      'href="/staff/reports/drill?from=2025-01-01&amp;to=2025-12-31&amp;table=requests_by_axis&amp;row=benefits"',
      'href="/staff/reports/drill?from=2025-01-01&amp;to=2025-12-31&amp;table=requests_by_axis&amp;row=total"',
    ]);
    expect(table(false)).not.toContain('href=');
  });

  it('shows labels and numbers in the reader’s language', () => {
    expect(table(false, 'en')).toContain('Benefits');
    expect(table(false, 'en')).toContain('1,300');
    expect(table(false, 'el')).toContain('1.300');
  });
});
