import type { Rule } from '../types.js';
import { disabilityRule, opekaDisabilityBasis } from './disability.js';

/** Νοητική υστέρηση / αυτισμός (≥80%): 527 € × 1.08 (U). */
export const disabilityIntellectualRule: Rule = disabilityRule({
  benefit: 'disability_intellectual',
  legalBasis: opekaDisabilityBasis,
  kindLabel: { el: 'Νοητική υστέρηση ή αυτισμός', en: 'Intellectual disability or autism' },
  covers: (kind) => kind === 'intellectual_or_autism',
});
