import { Assessment, money } from '../assessment.js';
import { ageQuestion, householdOf } from '../household.js';
import type { Rule, ScreeningMember } from '../types.js';
import { yearsText } from './common.js';

const legalBasis = { title: 'ν.4387/2016 άρθρο 93' };

/**
 * Σύνταξη ανασφάλιστων υπερηλίκων (ν.4387/2016 art. 93): a member aged 67+, not insured for a
 * pension, resident 15 years; paid the amount minus any pension or benefit received, nothing when
 * that difference is under 20 €.
 */
export const uninsuredElderlyRule: Rule = {
  benefit: 'uninsured_elderly',
  legalBasis,
  evaluate(ctx) {
    const members = ctx.input.members;
    const household = householdOf(ctx.input);
    const a = new Assessment(ctx);
    const minAge = ctx.param<number>('uninsured_elderly.min_age');
    const amount = ctx.param<number>('uninsured_elderly.amount');
    const minDifference = ctx.param<number>('uninsured_elderly.min_difference');
    const minYears = ctx.param<number>('uninsured_elderly.residence_years');
    let person: ScreeningMember | undefined;
    let oldest: number | null = null;
    const ageMissing: string[] = [];
    for (const member of members) {
      if (member.age === null) ageMissing.push(ageQuestion(member));
      else if (member.age >= minAge) {
        person = member;
        break;
      } else oldest = Math.max(oldest ?? 0, member.age);
    }
    const composition = household.compositionMissing.includes('hasPartner') ? ['partnerAge'] : [];
    a.atLeast(
      'age',
      { el: 'Ηλικία', en: 'Age' },
      person ? person.age : ageMissing.length > 0 || composition.length > 0 ? null : oldest,
      minAge,
      a.source('uninsured_elderly.min_age'),
      [...ageMissing, ...composition],
    );
    if (!person) return a.outcome(() => null);
    a.condition(
      'not_insured',
      { el: 'Δεν είναι ασφαλισμένος/η για σύνταξη', en: 'Not insured for a pension' },
      person.insuredForPension === null ? null : !person.insuredForPension,
      legalBasis,
      ['insuredForPension'],
    );
    a.atLeast(
      'residence_years',
      { el: 'Έτη συνεχούς διαμονής στην Ελλάδα', en: 'Years of continuous residence in Greece' },
      person.residenceYears,
      minYears,
      a.source('uninsured_elderly.residence_years'),
      ['residenceYears'],
      yearsText,
    );
    a.moneyAtMost(
      'pension_difference',
      {
        el: `Σύνταξη ή επίδομα που ήδη λαμβάνει (διαφορά τουλάχιστον ${minDifference} €)`,
        en: `Pension or benefit already received (difference of at least €${minDifference})`,
      },
      person.monthlyPension,
      amount - minDifference,
      a.source('uninsured_elderly.amount'),
      ['monthlyPension'],
      'monthly_pension',
    );
    return a.outcome(() =>
      money(amount - (person.monthlyPension ?? 0), 'month', {
        el: 'Το ποσό της σύνταξης μείον ό,τι ήδη λαμβάνει.',
        en: 'The pension amount minus what is already received.',
      }),
    );
  },
};
