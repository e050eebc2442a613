import { Type, type Static } from 'typebox';
import { genders, incomeTypes, relationships } from './households.vocabulary.js';

const Uuid = Type.String({ format: 'uuid' });
export const CalendarDate = Type.String({ format: 'date' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const RelationshipSchema = Type.Enum(relationships);
export const GenderSchema = Type.Enum(genders);
const Money = Type.Number({ minimum: 0, maximum: 9_999_999_999.99 });

export const HouseholdView = Type.Object(
  {
    id: Uuid,
    version: Type.Integer(),
    members: Type.Array(
      Type.Object(
        {
          id: Uuid,
          residentId: Nullable(Uuid),
          surname: Type.String(),
          givenName: Type.String(),
          birthDate: Nullable(Type.String()),
          gender: Nullable(GenderSchema),
          relationship: RelationshipSchema,
          startDate: Type.String(),
          endDate: Nullable(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type HouseholdView = Static<typeof HouseholdView>;

export const CreateHouseholdBody = Type.Object(
  { referenceResidentId: Uuid, startDate: Type.Optional(CalendarDate) },
  { additionalProperties: false },
);
export type CreateHouseholdBody = Static<typeof CreateHouseholdBody>;

const Name = Type.String({ minLength: 1, maxLength: 100 });

/** `{ residentId }` or `{ person }` (checked in the service, for one clear error instead of two). */
export const AddMemberBody = Type.Object(
  {
    residentId: Type.Optional(Uuid),
    person: Type.Optional(
      Type.Object(
        {
          surname: Name,
          givenName: Name,
          birthDate: Type.Optional(CalendarDate),
          gender: Type.Optional(GenderSchema),
          amka: Type.Optional(Type.String({ pattern: '^[0-9]{11}$' })),
        },
        { additionalProperties: false },
      ),
    ),
    relationship: RelationshipSchema,
    startDate: CalendarDate,
    endDate: Type.Optional(CalendarDate),
  },
  { additionalProperties: false },
);
export type AddMemberBody = Static<typeof AddMemberBody>;

export const UpdateMemberBody = Type.Object(
  {
    relationship: Type.Optional(RelationshipSchema),
    endDate: Type.Optional(Nullable(CalendarDate)),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type UpdateMemberBody = Static<typeof UpdateMemberBody>;

export const FinancesView = Type.Object(
  {
    taxYear: Type.Integer(),
    version: Type.Integer(),
    incomes: Type.Array(
      Type.Object(
        { memberId: Uuid, type: Type.Enum(incomeTypes), amount: Type.Number() },
        { additionalProperties: false },
      ),
    ),
    realEstateValue: Type.Number(),
    deposits: Type.Number(),
    vehiclesValue: Type.Number(),
    rentPaid: Type.Number(),
    notes: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type FinancesView = Static<typeof FinancesView>;

/** `version` 0 means "no finances recorded for this year yet", as GET answers. */
export const PutFinancesBody = Type.Object(
  {
    version: Type.Integer({ minimum: 0 }),
    incomes: Type.Array(
      Type.Object(
        { memberId: Uuid, type: Type.Enum(incomeTypes), amount: Money },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
    realEstateValue: Money,
    deposits: Money,
    vehiclesValue: Money,
    rentPaid: Money,
    notes: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type PutFinancesBody = Static<typeof PutFinancesBody>;

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const MemberParams = Type.Object(
  { id: Uuid, memberId: Uuid },
  { additionalProperties: false },
);
export const FinancesParams = Type.Object(
  { id: Uuid, taxYear: Type.Integer({ minimum: 2000, maximum: 2100 }) },
  { additionalProperties: false },
);
