import type { Rule } from '../types.js';
import { disabilityRule, opekaDisabilityBasis } from './disability.js';

/**
 * Βαριά αναπηρία (≥67%): for kinds without a benefit of their own (deafness, blindness,
 * paraplegia, and intellectual disability or autism from 80%, have theirs). 313 € × 1.08 (U).
 */
export const disabilitySevereRule: Rule = disabilityRule({
  benefit: 'disability_severe',
  legalBasis: opekaDisabilityBasis,
  kindLabel: {
    el: 'Αναπηρία χωρίς ειδικό επίδομα (όχι κώφωση, τύφλωση, παραπληγία, νοητική ≥80%)',
    en: 'A disability without a specific benefit (not deafness, blindness, paraplegia, intellectual ≥80%)',
  },
  covers(kind, percent, ctx) {
    if (kind === 'deafness' || kind === 'blindness' || kind === 'paraplegia') return false;
    return !(
      kind === 'intellectual_or_autism' &&
      percent >= ctx.param<number>('disability_intellectual.min_percent')
    );
  },
});
