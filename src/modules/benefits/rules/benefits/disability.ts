import { Assessment, money } from '../assessment.js';
import type {
  BenefitCode,
  DisabilityKind,
  LegalSource,
  Localized,
  Rule,
  RuleContext,
} from '../types.js';
import { percentText } from './common.js';

export const opekaDisabilityBasis: LegalSource = {
  title: 'Προνοιακά αναπηρικά επιδόματα ΟΠΕΚΑ (πιστοποίηση ΚΕΠΑ)',
  url: 'https://www.opeka.gr/',
};

/**
 * The shape of ΟΠΕΚΑ's disability benefits: a monthly amount per member whose KEPA percentage
 * reaches the minimum and whose kind of disability the benefit covers. Several members each get
 * their own; the verdict adds them up.
 */
export function disabilityRule(options: {
  benefit: BenefitCode;
  legalBasis: LegalSource;
  kindLabel: Localized;
  covers(kind: DisabilityKind, percent: number, ctx: RuleContext): boolean;
}): Rule {
  const prefix = options.benefit;
  return {
    benefit: options.benefit,
    legalBasis: options.legalBasis,
    evaluate(ctx) {
      const a = new Assessment(ctx);
      const minPercent = ctx.param<number>(`${prefix}.min_percent`);
      const amount = ctx.param<number>(`${prefix}.amount`);
      let best: number | null = null;
      let percentUnknown = false;
      let kindUnknown = false;
      let covered = 0;
      let reaching = 0;
      for (const member of ctx.input.members) {
        const percent = member.disabilityPercent;
        if (percent === null) {
          percentUnknown = true;
          continue;
        }
        best = Math.max(best ?? 0, percent);
        if (percent < minPercent) continue;
        reaching++;
        if (member.disabilityKind === null) kindUnknown = true;
        else if (options.covers(member.disabilityKind, percent, ctx)) covered++;
      }
      a.atLeast(
        'disability_percent',
        { el: 'Ποσοστό αναπηρίας (ΚΕΠΑ)', en: 'Disability percentage (KEPA)' },
        reaching > 0 || !percentUnknown ? best : null,
        minPercent,
        a.source(`${prefix}.min_percent`),
        ['disabilityPercentMax'],
        percentText,
      );
      if (reaching > 0) {
        a.condition(
          'disability_kind',
          options.kindLabel,
          covered > 0 ? true : kindUnknown ? null : false,
          options.legalBasis,
          ['disabilityKind'],
        );
      }
      return a.outcome(() =>
        money(
          amount * covered,
          'month',
          covered > 1
            ? {
                el: `Για ${covered} μέλη του νοικοκυριού.`,
                en: `For ${covered} household members.`,
              }
            : null,
        ),
      );
    },
  };
}
