import { Type, type Static } from 'typebox';
import { benefitCodes } from '../rules/types.js';
import { documentCodes } from './catalog-types.js';
import { municipalProgramCodes } from './municipal-criteria.js';

// Null first: with type coercion on, a null tried against a string branch would become "".
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([Type.Null(), schema]);
const Localized = Type.Object(
  { el: Type.String(), en: Type.String() },
  { additionalProperties: false },
);
const Money = Type.Number({ minimum: 0, maximum: 10_000_000 });

const publicFields = {
  code: Type.Enum(benefitCodes),
  name: Localized,
  description: Localized,
  agency: Localized,
  kind: Type.Enum(['national', 'municipal']),
  whoMayApply: Localized,
  documents: Type.Array(
    Type.Object(
      { code: Type.Enum(documentCodes), label: Localized },
      { additionalProperties: false },
    ),
  ),
  howToApply: Localized,
  platformUrl: Nullable(Type.String()),
  applicationWindow: Nullable(Localized),
  renewal: Nullable(Localized),
  renewalMonths: Nullable(Type.Integer()),
  legalBasis: Type.Object(
    { title: Type.String(), url: Type.Optional(Type.String()) },
    { additionalProperties: false },
  ),
};

/** What the public portal may show; the response schema drops anything else. */
export const PublicCatalogEntrySchema = Type.Object(publicFields, { additionalProperties: false });

export const StaffCatalogEntrySchema = Type.Object(
  {
    ...publicFields,
    staffNotes: Nullable(Localized),
    legalBasisVerified: Type.Boolean(),
    sourceRefs: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);

export const ProgramParams = Type.Object(
  { code: Type.String({ maxLength: 50 }) },
  { additionalProperties: false },
);

export const CriteriaBody = Type.Object(
  {
    incomeLimitBase: Nullable(Money),
    incomeLimitPerDependant: Money,
    disabilityBonus: Money,
    minAge: Nullable(Type.Integer({ minimum: 0, maximum: 120 })),
    requiresResidence: Type.Boolean(),
    active: Type.Boolean(),
    version: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type CriteriaBody = Static<typeof CriteriaBody>;

export const CriteriaView = Type.Object(
  {
    program: Type.Enum(municipalProgramCodes),
    incomeLimitBase: Nullable(Type.Number()),
    incomeLimitPerDependant: Type.Number(),
    disabilityBonus: Type.Number(),
    minAge: Nullable(Type.Integer()),
    requiresResidence: Type.Boolean(),
    active: Type.Boolean(),
    version: Type.Integer(),
    /** true while the Center has not set its own criteria: the values are examples. */
    isExample: Type.Boolean(),
    updatedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type CriteriaView = Static<typeof CriteriaView>;
