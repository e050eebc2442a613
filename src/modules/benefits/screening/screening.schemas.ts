import { Type, type Static } from 'typebox';

const Uuid = Type.String({ format: 'uuid' });
const CalendarDate = Type.String({ format: 'date' });
const Localized = Type.Object({ el: Type.String(), en: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Status = Type.Union([
  Type.Literal('eligible'),
  Type.Literal('not_eligible'),
  Type.Literal('cannot_tell'),
]);

export const HouseholdIdParams = Type.Object({ id: Uuid });
export const ScreeningIdParams = Type.Object({ id: Uuid });

export const ScreenBody = Type.Object(
  {
    asOf: Type.Optional(CalendarDate),
    taxYear: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  },
  { additionalProperties: false },
);
export type ScreenBody = Static<typeof ScreenBody>;

// The engine's nested structures (criteria, parameters used) are passed through as they are.
const VerdictView = Type.Object({
  benefit: Type.String(),
  status: Status,
  amount: Nullable(
    Type.Object({
      value: Type.Number(),
      period: Type.String(),
      note: Nullable(Localized),
    }),
  ),
  criteria: Type.Array(Type.Unknown()),
  missing: Type.Array(Type.String()),
  whatWouldChange: Type.Array(Localized),
  parametersUsed: Type.Array(Type.Unknown()),
  toVerify: Type.Boolean(),
  legalBasis: Type.Unknown(),
  name: Localized,
  agency: Localized,
  howToApply: Localized,
});

const Counts = Type.Object({
  eligible: Type.Integer(),
  notEligible: Type.Integer(),
  cannotTell: Type.Integer(),
});

export const ScreeningView = Type.Object({
  id: Uuid,
  householdId: Uuid,
  asOf: CalendarDate,
  taxYear: Type.Integer(),
  rulesVersion: Type.String(),
  /** false when the parameter set has changed since: screening again may answer differently. */
  rulesVersionCurrent: Type.Boolean(),
  input: Type.Unknown(),
  verdicts: Type.Array(VerdictView),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Nullable(Type.Object({ id: Uuid, displayName: Type.String() })),
});
export type ScreeningView = Static<typeof ScreeningView>;

export const ScreeningSummary = Type.Object({
  id: Uuid,
  asOf: CalendarDate,
  taxYear: Type.Integer(),
  rulesVersion: Type.String(),
  rulesVersionCurrent: Type.Boolean(),
  counts: Counts,
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Nullable(Type.Object({ id: Uuid, displayName: Type.String() })),
});
export type ScreeningSummary = Static<typeof ScreeningSummary>;

export const NewlyEligibleQuery = Type.Object(
  {
    /** Became eligible on or after this day (default: 30 days ago) or instant. */
    since: Type.Optional(Type.String({ format: 'date' })),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
  },
  { additionalProperties: false },
);
export type NewlyEligibleQuery = Static<typeof NewlyEligibleQuery>;

export const NewlyEligibleItem = Type.Object({
  residentId: Uuid,
  name: Type.String(),
  phone: Nullable(Type.String()),
  benefit: Type.String(),
  since: Type.String({ format: 'date-time' }),
});
export type NewlyEligibleItem = Static<typeof NewlyEligibleItem>;
