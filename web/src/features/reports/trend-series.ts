/** The trend's two lines, in drawing and table order; the modifier picks each line's style. */
export type Series = 'servedUnique' | 'requests';

export const SERIES: { key: Series; modifier: string }[] = [
  { key: 'servedUnique', modifier: 'served' },
  { key: 'requests', modifier: 'requests' },
];
