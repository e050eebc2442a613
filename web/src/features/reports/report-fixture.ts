import type { ReportTable, TrendPoint } from './report-types.js';

/** A small table and trend in the API's shape, for the reports feature's own unit tests. */
export const requestsByAxis: ReportTable = {
  id: 'requests_by_axis',
  group: 'activity',
  title: { el: 'Αιτήματα ανά άξονα', en: 'Requests by service axis' },
  dimension: { el: 'Άξονας', en: 'Axis' },
  columns: [{ key: 'requests', kind: 'count', label: { el: 'Αιτήματα', en: 'Requests' } }],
  rows: [
    {
      key: 'benefits',
      label: { el: 'Παροχές', en: 'Benefits' },
      values: { requests: 1300 },
      drillable: true,
    },
    {
      key: 'reception',
      label: { el: 'Υποδοχή και πληροφόρηση', en: 'Reception and information' },
      values: { requests: 0 },
      drillable: true,
    },
    {
      key: 'counseling',
      label: { el: 'Συμβουλευτική', en: 'Counseling' },
      values: { requests: 3 },
      drillable: false,
    },
  ],
  total: {
    key: 'total',
    label: { el: 'Σύνολο', en: 'Total' },
    values: { requests: 1303 },
    drillable: true,
  },
  chart: 'bar',
  filtersApplied: ['axis', 'channel', 'staffId'],
  note: null,
};

export const trend: TrendPoint[] = [
  { month: '2025-01', servedUnique: 120, requests: 180 },
  { month: '2025-02', servedUnique: 95, requests: 140 },
  { month: '2025-03', servedUnique: 0, requests: 0 },
];
