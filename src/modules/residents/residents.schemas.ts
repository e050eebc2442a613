import { Type, type Static } from 'typebox';

const Name = Type.String({ minLength: 1, maxLength: 100 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const IsoDate = Type.String({ format: 'date' });
const Uuid = Type.String({ format: 'uuid' });
/** Optional fields may also be sent as null (the web app's empty fields). */
const OptionalOrNull = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Optional(Type.Union([schema, Type.Null()]));

export const Gender = Type.Union([
  Type.Literal('male'),
  Type.Literal('female'),
  Type.Literal('other'),
]);
export const MaritalStatus = Type.Union(
  ['single', 'married', 'civil_partnership', 'divorced', 'separated', 'widowed'].map((v) =>
    Type.Literal(v),
  ),
);
export const EmploymentStatus = Type.Union(
  [
    'employed',
    'self_employed',
    'unemployed',
    'long_term_unemployed',
    'inactive',
    'retired',
    'student',
  ].map((v) => Type.Literal(v)),
);
const EsfAnswer = Type.Union([
  Type.Literal('yes'),
  Type.Literal('no'),
  Type.Literal('prefer_not_to_say'),
]);
export const ESF_QUESTIONS = [
  'disability',
  'thirdCountryNational',
  'foreignBackground',
  'minority',
  'homeless',
  'ruralArea',
] as const;
const Esf = Type.Object(
  Object.fromEntries(ESF_QUESTIONS.map((q) => [q, EsfAnswer])) as Record<
    (typeof ESF_QUESTIONS)[number],
    typeof EsfAnswer
  >,
  { additionalProperties: false },
);

const Address = Type.Object(
  {
    street: Type.String({ minLength: 1, maxLength: 200 }),
    number: OptionalOrNull(Type.String({ maxLength: 20 })),
    postcode: OptionalOrNull(Type.String({ maxLength: 10 })),
    area: OptionalOrNull(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

const inputFields = {
  surname: Name,
  givenName: Name,
  fatherName: OptionalOrNull(Name),
  motherName: OptionalOrNull(Name),
  birthDate: OptionalOrNull(IsoDate),
  gender: OptionalOrNull(Gender),
  amka: OptionalOrNull(Type.String({ maxLength: 20 })),
  afm: OptionalOrNull(Type.String({ maxLength: 20 })),
  idNumber: OptionalOrNull(Type.String({ maxLength: 20 })),
  mobilePhone: OptionalOrNull(Type.String({ maxLength: 30 })),
  phone: OptionalOrNull(Type.String({ maxLength: 30 })),
  email: OptionalOrNull(Type.String({ format: 'email', maxLength: 254 })),
  address: OptionalOrNull(Address),
  nationality: OptionalOrNull(Type.String({ pattern: '^[A-Z]{2}$' })),
  languages: OptionalOrNull(
    Type.Array(Type.String({ pattern: '^[a-z]{2}$' }), { maxItems: 10, uniqueItems: true }),
  ),
  maritalStatus: OptionalOrNull(MaritalStatus),
  employmentStatus: OptionalOrNull(EmploymentStatus),
  educationLevel: OptionalOrNull(Type.Integer({ minimum: 0, maximum: 8 })),
  disabilityPercent: OptionalOrNull(Type.Integer({ minimum: 0, maximum: 100 })),
  esf: OptionalOrNull(Esf),
};

export const ResidentInput = Type.Object(inputFields, { additionalProperties: false });
export type ResidentInput = Static<typeof ResidentInput>;

export const CreateResidentBody = Type.Object(
  { ...inputFields, confirmNotDuplicate: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type CreateResidentBody = Static<typeof CreateResidentBody>;

export const UpdateResidentBody = Type.Object(
  { ...inputFields, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type UpdateResidentBody = Static<typeof UpdateResidentBody>;

export const MergeResidentBody = Type.Object(
  { duplicateId: Uuid, reason: Type.String({ minLength: 3, maxLength: 500 }) },
  { additionalProperties: false },
);
export type MergeResidentBody = Static<typeof MergeResidentBody>;

export const ResidentIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const SearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 200 }),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

export const ResidentView = Type.Object(
  {
    id: Uuid,
    surname: Type.String(),
    givenName: Type.String(),
    fatherName: Nullable(Type.String()),
    motherName: Nullable(Type.String()),
    birthDate: Nullable(Type.String()),
    gender: Nullable(Gender),
    amka: Nullable(Type.String()),
    afm: Nullable(Type.String()),
    idNumber: Nullable(Type.String()),
    mobilePhone: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    email: Nullable(Type.String()),
    address: Nullable(
      Type.Object({
        street: Type.String(),
        number: Nullable(Type.String()),
        postcode: Nullable(Type.String()),
        area: Nullable(Type.String()),
      }),
    ),
    nationality: Nullable(Type.String()),
    languages: Type.Array(Type.String()),
    maritalStatus: Nullable(MaritalStatus),
    employmentStatus: Nullable(EmploymentStatus),
    educationLevel: Nullable(Type.Integer()),
    disabilityPercent: Nullable(Type.Integer()),
    esf: Nullable(Type.Record(Type.String(), Type.String())),
    latinName: Type.Object({ surname: Type.String(), givenName: Type.String() }),
    mergedInto: Nullable(Uuid),
    version: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type ResidentView = Static<typeof ResidentView>;

export const ResidentSummary = Type.Object(
  {
    id: Uuid,
    surname: Type.String(),
    givenName: Type.String(),
    fatherName: Nullable(Type.String()),
    birthDate: Nullable(Type.String()),
    amka: Nullable(Type.String()),
    afm: Nullable(Type.String()),
    mobilePhone: Nullable(Type.String()),
    address: Nullable(
      Type.Object({
        street: Type.String(),
        number: Nullable(Type.String()),
        postcode: Nullable(Type.String()),
      }),
    ),
    matchedOn: Type.Union([
      Type.Literal('amka'),
      Type.Literal('afm'),
      Type.Literal('phone'),
      Type.Literal('name'),
    ]),
    score: Type.Number(),
  },
  { additionalProperties: false },
);
export type ResidentSummary = Static<typeof ResidentSummary>;

export const SearchResult = Type.Object({
  items: Type.Array(ResidentSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const HistoryView = Type.Object({
  items: Type.Array(
    Type.Object({
      version: Type.Integer(),
      changedAt: Type.String({ format: 'date-time' }),
      changedBy: Nullable(Type.Object({ id: Uuid, displayName: Type.String() })),
      changes: Type.Array(
        Type.Object({ field: Type.String(), from: Type.Unknown(), to: Type.Unknown() }),
      ),
    }),
  ),
});
