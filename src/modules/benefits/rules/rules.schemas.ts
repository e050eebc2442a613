import { Type } from 'typebox';
import { benefitCodes } from './types.js';
import { parameterUnits } from './parameters.js';

const Localized = Type.Object({ el: Type.String(), en: Type.String() });
const LegalSource = Type.Object({ title: Type.String(), url: Type.Optional(Type.String()) });
// Unsafe only to let the static type say `readonly number[]`, as the engine's types do.
const ParameterValue = Type.Unsafe<number | string | boolean | readonly number[]>(
  Type.Union([Type.Number(), Type.String(), Type.Boolean(), Type.Array(Type.Number())]),
);
const money = Type.Number({ minimum: -1e12, maximum: 1e12 });
const age = Type.Integer({ minimum: -1000, maximum: 1000 });

/** Types only: ranges are checked by `validateAnswers`, which names the field in both languages. */
export const Answers = Type.Object(
  {
    applicantAge: Type.Optional(age),
    hasPartner: Type.Optional(Type.Boolean()),
    partnerAge: Type.Optional(age),
    childrenAges: Type.Optional(Type.Array(age, { maxItems: 50 })),
    childrenStudents: Type.Optional(age),
    singleParent: Type.Optional(Type.Boolean()),
    disabilityPercentMax: Type.Optional(Type.Number({ minimum: -1000, maximum: 1000 })),
    disabilityKind: Type.Optional(
      Type.Enum([
        'mobility',
        'deafness',
        'blindness',
        'intellectual_or_autism',
        'paraplegia',
        'other',
      ] as const),
    ),
    householdYearlyIncome: Type.Optional(money),
    incomeLast6Months: Type.Optional(money),
    monthlyPension: Type.Optional(money),
    insuredForPension: Type.Optional(Type.Boolean()),
    realEstateValue: Type.Optional(money),
    deposits: Type.Optional(money),
    vehiclesValue: Type.Optional(money),
    yearlyRent: Type.Optional(money),
    hasElectronicLease: Type.Optional(Type.Boolean()),
    residenceStatus: Type.Optional(
      Type.Enum([
        'greek',
        'eu_eea_swiss',
        'refugee_or_stateless',
        'third_country_permanent',
        'third_country_other',
      ] as const),
    ),
    residenceYears: Type.Optional(age),
    residesInMunicipality: Type.Optional(Type.Boolean()),
    lifeSupportDevice: Type.Optional(Type.Boolean()),
    largeFamily: Type.Optional(Type.Boolean()),
    newbornOrder: Type.Optional(age),
    motherInsuredAtBirth: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const CheckBody = Type.Object({ answers: Answers }, { additionalProperties: false });

const Criterion = Type.Object({
  id: Type.String(),
  label: Localized,
  value: Type.Union([Type.String(), Type.Null()]),
  limit: Type.Union([Type.String(), Type.Null()]),
  passed: Type.Union([Type.Boolean(), Type.Null()]),
  source: LegalSource,
});

const ParameterUse = Type.Object({
  name: Type.String(),
  value: ParameterValue,
  validFrom: Type.String(),
  source: LegalSource,
  verified: Type.Boolean(),
});

export const VerdictView = Type.Object({
  benefit: Type.Enum(benefitCodes),
  status: Type.Union([
    Type.Literal('eligible'),
    Type.Literal('not_eligible'),
    Type.Literal('cannot_tell'),
  ]),
  amount: Type.Union([
    Type.Object({
      value: Type.Number(),
      period: Type.Union([Type.Literal('month'), Type.Literal('year'), Type.Literal('once')]),
      note: Type.Union([Localized, Type.Null()]),
    }),
    Type.Null(),
  ]),
  criteria: Type.Array(Criterion),
  missing: Type.Array(Type.String()),
  whatWouldChange: Type.Array(Localized),
  parametersUsed: Type.Array(ParameterUse),
  toVerify: Type.Boolean(),
  legalBasis: LegalSource,
  name: Localized,
  agency: Localized,
  howToApply: Localized,
});

const Question = Type.Object({
  id: Type.String(),
  kind: Type.Enum(['number', 'money', 'boolean', 'choice', 'ages'] as const),
  label: Localized,
  help: Type.Union([Localized, Type.Null()]),
  options: Type.Optional(Type.Array(Type.Object({ value: Type.String(), label: Localized }))),
  min: Type.Optional(Type.Number()),
  max: Type.Optional(Type.Number()),
});

export const CheckResult = Type.Object({
  verdicts: Type.Array(VerdictView),
  questions: Type.Array(Question),
  rulesVersion: Type.String(),
});

const ParameterPeriod = Type.Object({
  value: ParameterValue,
  from: Type.String(),
  to: Type.Union([Type.String(), Type.Null()]),
  source: LegalSource,
  verified: Type.Boolean(),
});

export const ParameterList = Type.Object({
  version: Type.String(),
  items: Type.Array(
    Type.Object({
      name: Type.String(),
      benefit: Type.String(),
      label: Localized,
      unit: Type.Enum(parameterUnits),
      current: Type.Union([ParameterPeriod, Type.Null()]),
      history: Type.Array(ParameterPeriod),
      reviewBy: Type.String(),
      overdue: Type.Boolean(),
    }),
  ),
});
