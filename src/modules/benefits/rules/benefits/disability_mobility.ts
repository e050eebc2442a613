import type { Rule } from '../types.js';
import { disabilityRule, opekaDisabilityBasis } from './disability.js';

/** Επίδομα κίνησης (≥67%, mobility disability): 165 € × 1.08 (U). */
export const disabilityMobilityRule: Rule = disabilityRule({
  benefit: 'disability_mobility',
  legalBasis: opekaDisabilityBasis,
  kindLabel: { el: 'Κινητική αναπηρία', en: 'Mobility disability' },
  covers: (kind) => kind === 'mobility',
});
