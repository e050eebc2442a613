import type { OpeningHours } from './types.js';

export interface OpeningHoursGroup {
  firstDay: number;
  lastDay: number;
  opens: string;
  closes: string;
}

/** Merges consecutive weekdays with the same hours: Mon–Fri 08:00–16:00 is one group. */
export function groupOpeningHours(hours: OpeningHours[]): OpeningHoursGroup[] {
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  const groups: OpeningHoursGroup[] = [];
  for (const h of sorted) {
    const last = groups[groups.length - 1];
    if (
      last &&
      last.lastDay === h.weekday - 1 &&
      last.opens === h.opens &&
      last.closes === h.closes
    ) {
      last.lastDay = h.weekday;
    } else {
      groups.push({ firstDay: h.weekday, lastDay: h.weekday, opens: h.opens, closes: h.closes });
    }
  }
  return groups;
}
