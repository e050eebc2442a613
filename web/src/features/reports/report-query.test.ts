import { describe, expect, it } from 'vitest';
import {
  drillHref,
  exportHref,
  filtersIgnoredBy,
  isCalendarDay,
  monthPeriod,
  parseReportQuery,
  periodModeOf,
  reportSearch,
  todayIn,
} from './report-query.js';

const today = '2025-06-15';
const staffId = '0b5f7a1e-3c2d-4e5f-8a9b-1c2d3e4f5a6b';

describe('parseReportQuery', () => {
  it('defaults to the current calendar year without filters', () => {
    expect(parseReportQuery('', today)).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      axis: '',
      channel: '',
      staffId: '',
    });
  });

  it('reads a month with every filter', () => {
    const search = `from=2025-03-01&to=2025-03-31&axis=benefits&channel=phone&staffId=${staffId}`;
    expect(parseReportQuery(search, today)).toEqual({
      from: '2025-03-01',
      to: '2025-03-31',
      axis: 'benefits',
      channel: 'phone',
      staffId,
    });
  });

  it('ends a period given only its start at the end of that year, as the server does', () => {
    expect(parseReportQuery('from=2024-05-01', today)).toMatchObject({
      from: '2024-05-01',
      to: '2024-12-31',
    });
  });

  it.each([
    ['from=2025-02-30&to=2025-03-31', 'an impossible day'],
    ['from=2025-04-01&to=2025-03-31', 'an end before the start'],
    ['from=yesterday', 'words'],
  ])('falls back to the current year for %s (%s)', (search) => {
    expect(parseReportQuery(search, today)).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('drops filters outside the vocabularies', () => {
    const query = parseReportQuery('axis=gossip&channel=pigeon&staffId=42', today);
    expect(query).toMatchObject({ axis: '', channel: '', staffId: '' });
  });
});

describe('periods', () => {
  it('knows the length of every month, leap years included', () => {
    expect(monthPeriod(2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriod(2025, 2)).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(monthPeriod(2025, 12)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it.each([
    ['2025-01-01', '2025-12-31', 'year'],
    ['2025-03-01', '2025-03-31', 'month'],
    ['2024-02-01', '2024-02-29', 'month'],
    ['2025-03-01', '2025-03-30', 'custom'],
    ['2025-01-01', '2026-12-31', 'custom'],
  ])('%s – %s is a %s', (from, to, mode) => {
    expect(periodModeOf(from, to)).toBe(mode);
  });

  it('validates calendar days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2025-3-1')).toBe(false);
  });

  it('takes today in Athens, not in UTC', () => {
    // 22:30 UTC on 31 December is already New Year's Day in Athens (UTC+2).
    expect(todayIn('Europe/Athens', new Date('2024-12-31T22:30:00Z'))).toBe('2025-01-01');
  });
});

describe('links', () => {
  const query = {
    from: '2025-03-01',
    to: '2025-03-31',
    axis: 'benefits',
    channel: '',
    staffId: '',
  };

  it('writes only the filters that are set', () => {
    expect(reportSearch(query)).toBe('from=2025-03-01&to=2025-03-31&axis=benefits');
  });

  it('builds export and drill-down addresses from the same view', () => {
    expect(exportHref(query, 'xlsx', 'en')).toBe(
      '/api/reports/export?from=2025-03-01&to=2025-03-31&axis=benefits&format=xlsx&lang=en',
    );
    expect(drillHref(query, 'requests_by_axis', 'benefits')).toBe(
      '/drill?from=2025-03-01&to=2025-03-31&axis=benefits&table=requests_by_axis&row=benefits',
    );
  });

  it('names the active filters a table does not apply', () => {
    expect(filtersIgnoredBy({ ...query, staffId }, ['staffId'])).toEqual(['axis']);
    expect(filtersIgnoredBy(query, ['axis', 'channel', 'staffId'])).toEqual([]);
    expect(filtersIgnoredBy(query, undefined)).toEqual([]);
  });
});
