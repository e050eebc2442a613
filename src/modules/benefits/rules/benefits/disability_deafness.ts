import type { Rule } from '../types.js';
import { disabilityRule } from './disability.js';

/** Κώφωση (≥67%), no age limit: 391 € (ΚΥΑ 6133/30.04.2025). */
export const disabilityDeafnessRule: Rule = disabilityRule({
  benefit: 'disability_deafness',
  legalBasis: { title: "ΚΥΑ 6133/30.04.2025 (ΦΕΚ Β' 2086/2025)", url: 'https://www.opeka.gr/' },
  kindLabel: { el: 'Κώφωση', en: 'Deafness' },
  covers: (kind) => kind === 'deafness',
});
