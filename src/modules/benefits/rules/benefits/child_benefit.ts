import { Assessment, money } from '../assessment.js';
import { toCents } from '../format.js';
import { dependentsOf, householdOf, type Dependents } from '../household.js';
import type { Rule, RuleContext } from '../types.js';
import { need, residenceLabel, residenceStatusPasses, union, yearsText } from './common.js';

/**
 * Equivalence scale of ν.4512/2018 art. 214: first parent 1, second parent ½, each dependent
 * child ¼, the first child of a single parent ½. Null when the composition is not known.
 */
export function equivalenceScale(ctx: RuleContext, dependents: Dependents): number | null {
  const household = householdOf(ctx.input);
  const first = ctx.param<number>('child_benefit.scale.first_parent');
  const second = ctx.param<number>('child_benefit.scale.second_parent');
  const child = ctx.param<number>('child_benefit.scale.child');
  const singleFirst = ctx.param<number>('child_benefit.scale.single_parent_first_child');
  if (!dependents.complete || dependents.singleParent === null) return null;
  const n = dependents.children.length;
  if (dependents.singleParent) return first + singleFirst + child * (n - 1);
  return first + (household.hasPartner ? second : 0) + child * n;
}

const categories = ['a', 'b', 'c'] as const;
const categoryNames = { a: 'Α', b: 'Β', c: 'Γ' } as const;

/**
 * Επίδομα παιδιού (Α21, ν.4512/2018 art. 214): dependent children, legal and permanent
 * residence for the parameter's years, equivalised income within category Γ; per-child monthly
 * amounts by category, higher from the 3rd child.
 */
const legalBasis = { title: 'ν.4512/2018 άρθρο 214', url: 'https://www.opeka.gr/' };
const categoryNamesEn = { a: 'A', b: 'B', c: 'C' } as const;

export const childBenefitRule: Rule = {
  benefit: 'child_benefit',
  legalBasis,
  evaluate(ctx) {
    const input = ctx.input;
    const household = householdOf(input);
    const dependents = dependentsOf(ctx);
    const a = new Assessment(ctx);
    const count = dependents.children.length;
    a.condition(
      'dependent_children',
      { el: 'Τουλάχιστον ένα εξαρτώμενο τέκνο', en: 'At least one dependent child' },
      count > 0 ? true : dependents.complete ? false : null,
      a.source('child_benefit.dependent.student_max_age'),
      dependents.missing,
      String(count),
    );
    const reference = household.reference;
    a.condition('residence_status', residenceLabel, residenceStatusPasses(reference), legalBasis, [
      'residenceStatus',
    ]);
    const minYears = ctx.param<number>('child_benefit.residence.min_years');
    a.atLeast(
      'residence_years',
      { el: 'Έτη διαμονής στην Ελλάδα', en: 'Years of residence in Greece' },
      reference?.residenceYears ?? null,
      minYears,
      a.source('child_benefit.residence.min_years'),
      ['residenceYears'],
      yearsText,
    );
    const scale = equivalenceScale(ctx, dependents);
    const total = household.totalIncome;
    const equivalised = total === null || scale === null ? null : total / scale;
    const limitC = ctx.param<number>('child_benefit.income_limit.category_c');
    a.moneyAtMost(
      'equivalised_income',
      {
        el: 'Ισοδύναμο οικογενειακό εισόδημα (κατηγορίες Α–Γ)',
        en: 'Equivalised household income (categories A–C)',
      },
      equivalised,
      limitC,
      a.source('child_benefit.income_limit.category_c'),
      union(need(total, 'householdYearlyIncome'), scale === null ? dependents.missing : []),
      'equivalised_income',
      scale ?? 1,
    );
    return a.outcome(() => {
      const value = equivalised ?? 0;
      const category =
        categories.find(
          (c) =>
            toCents(value) <=
            toCents(ctx.param<number>(`child_benefit.income_limit.category_${c}`)),
        ) ?? 'c';
      const [low = 0, high = 0] = ctx.param<readonly number[]>(
        `child_benefit.amount.category_${category}`,
      );
      const higherFrom = ctx.param<number>('child_benefit.children_at_higher_rate_from');
      const lowCount = Math.min(count, higherFrom - 1);
      return money(low * lowCount + high * (count - lowCount), 'month', {
        el: `Κατηγορία ${categoryNames[category]}, ${count} εξαρτώμενα τέκνα· καταβάλλεται ανά δίμηνο.`,
        en: `Category ${categoryNamesEn[category]}, ${count} dependent children; paid every two months.`,
      });
    });
  },
};
