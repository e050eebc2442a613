import { Type, type Static } from 'typebox';
import { categoryCodes, phoneTypes, serviceStatuses, weekdays } from './directory.vocabulary.js';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Text = (maxLength: number) => Nullable(Type.String({ maxLength }));
const Email = Nullable(
  Type.String({ maxLength: 254, pattern: '^$|^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' }),
);
const WebAddress = Nullable(Type.String({ maxLength: 500, pattern: '^$|^https?://\\S+$' }));
const Time = Nullable(Type.String({ pattern: '^$|^([01][0-9]|2[0-3]):[0-5][0-9]$' }));
/** A closing time may be midnight at the end of the day. */
const ClosingTime = Nullable(
  Type.String({ pattern: '^$|^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$' }),
);
const CalendarDate = Nullable(Type.String({ format: 'date' }));
const Name = Type.String({ minLength: 1, maxLength: 300 });
const strict = { additionalProperties: false } as const;

export const PhoneInput = Type.Object(
  {
    number: Type.String({ minLength: 1, maxLength: 50 }),
    extension: Type.Optional(Text(20)),
    type: Type.Optional(Nullable(Type.Enum(phoneTypes))),
    description: Type.Optional(Text(300)),
  },
  strict,
);
export const PhoneView = Type.Object(
  {
    number: Type.String(),
    extension: Nullable(Type.String()),
    type: Nullable(Type.String()),
    description: Nullable(Type.String()),
  },
  strict,
);

export const ContactInput = Type.Object(
  {
    name: Type.Optional(Text(200)),
    title: Type.Optional(Text(200)),
    department: Type.Optional(Text(200)),
    email: Type.Optional(Email),
  },
  strict,
);
export const ContactView = Type.Object(
  {
    name: Nullable(Type.String()),
    title: Nullable(Type.String()),
    department: Nullable(Type.String()),
    email: Nullable(Type.String()),
  },
  strict,
);

export const ScheduleInput = Type.Object(
  {
    byday: Type.Array(Type.Enum(weekdays), { maxItems: 7, uniqueItems: true }),
    opensAt: Type.Optional(Time),
    closesAt: Type.Optional(ClosingTime),
    validFrom: Type.Optional(CalendarDate),
    validTo: Type.Optional(CalendarDate),
    description: Type.Optional(Text(500)),
  },
  strict,
);
export const ScheduleView = Type.Object(
  {
    byday: Type.Array(Type.String()),
    opensAt: Nullable(Type.String()),
    closesAt: Nullable(Type.String()),
    validFrom: Nullable(Type.String()),
    validTo: Nullable(Type.String()),
    description: Nullable(Type.String()),
  },
  strict,
);

const locationFields = {
  name: Type.Optional(Text(300)),
  description: Type.Optional(Text(2000)),
  transportation: Type.Optional(Text(2000)),
  address1: Type.Optional(Text(300)),
  postalCode: Type.Optional(Text(20)),
  city: Type.Optional(Text(100)),
  region: Type.Optional(Text(100)),
};
export const LocationInput = Type.Object(
  {
    // A location that exists keeps its id (services point at it); a new one has none.
    id: Type.Optional(Nullable(Uuid)),
    ...locationFields,
    phones: Type.Optional(Type.Array(PhoneInput, { maxItems: 20 })),
  },
  strict,
);
export const LocationView = Type.Object(
  {
    id: Uuid,
    name: Nullable(Type.String()),
    description: Nullable(Type.String()),
    transportation: Nullable(Type.String()),
    address1: Nullable(Type.String()),
    postalCode: Nullable(Type.String()),
    city: Nullable(Type.String()),
    region: Nullable(Type.String()),
    phones: Type.Array(PhoneView),
  },
  strict,
);

export const CostOptionSchema = Type.Object(
  {
    option: Nullable(Type.String({ maxLength: 300 })),
    amount: Nullable(Type.Number({ minimum: 0, maximum: 1_000_000 })),
    currency: Nullable(Type.String({ pattern: '^[A-Z]{3}$' })),
    amountDescription: Nullable(Type.String({ maxLength: 300 })),
  },
  strict,
);

export const OrganizationInput = Type.Object(
  {
    name: Name,
    alternateName: Type.Optional(Text(300)),
    description: Type.Optional(Text(5000)),
    email: Type.Optional(Email),
    website: Type.Optional(WebAddress),
    referralEmail: Type.Optional(Email),
    shared: Type.Optional(Type.Boolean()),
    phones: Type.Optional(Type.Array(PhoneInput, { maxItems: 20 })),
    contacts: Type.Optional(Type.Array(ContactInput, { maxItems: 20 })),
    locations: Type.Optional(Type.Array(LocationInput, { maxItems: 50 })),
    /** Required on update: the version read (a newer one answers stale_record). */
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  strict,
);
export type OrganizationInput = Static<typeof OrganizationInput>;

export const ServiceInput = Type.Object(
  {
    organizationId: Uuid,
    name: Name,
    alternateName: Type.Optional(Text(300)),
    description: Type.Optional(Text(5000)),
    status: Type.Optional(Type.Enum(serviceStatuses)),
    email: Type.Optional(Email),
    url: Type.Optional(WebAddress),
    eligibilityDescription: Type.Optional(Text(5000)),
    feesDescription: Type.Optional(Text(2000)),
    applicationProcess: Type.Optional(Text(5000)),
    languages: Type.Optional(
      Type.Array(Type.String({ pattern: '^[a-z]{2,3}$' }), { maxItems: 30, uniqueItems: true }),
    ),
    requiredDocuments: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 50 }),
    ),
    categories: Type.Optional(
      Type.Array(Type.Enum(categoryCodes), { maxItems: 16, uniqueItems: true }),
    ),
    costOptions: Type.Optional(Type.Array(CostOptionSchema, { maxItems: 20 })),
    locationIds: Type.Optional(Type.Array(Uuid, { maxItems: 50, uniqueItems: true })),
    phones: Type.Optional(Type.Array(PhoneInput, { maxItems: 20 })),
    contacts: Type.Optional(Type.Array(ContactInput, { maxItems: 20 })),
    schedules: Type.Optional(Type.Array(ScheduleInput, { maxItems: 20 })),
    shared: Type.Optional(Type.Boolean()),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  strict,
);
export type ServiceInput = Static<typeof ServiceInput>;

const serviceSummaryFields = {
  id: Uuid,
  name: Type.String(),
  alternateName: Nullable(Type.String()),
  description: Nullable(Type.String()),
  organizationName: Type.String(),
  status: Type.String(),
  categories: Type.Array(Type.String()),
  sample: Type.Boolean(),
};
export const PublicServiceSummary = Type.Object(serviceSummaryFields, strict);
export const ServiceSummary = Type.Object(
  { ...serviceSummaryFields, shared: Type.Boolean(), own: Type.Boolean() },
  strict,
);
const page = { total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() };
export const PublicServiceList = Type.Object(
  { items: Type.Array(PublicServiceSummary), ...page },
  strict,
);
export const ServiceList = Type.Object({ items: Type.Array(ServiceSummary), ...page }, strict);

const organizationPublicFields = {
  id: Uuid,
  name: Type.String(),
  alternateName: Nullable(Type.String()),
  description: Nullable(Type.String()),
  email: Nullable(Type.String()),
  website: Nullable(Type.String()),
  phones: Type.Array(PhoneView),
};
const servicePublicFields = {
  id: Uuid,
  name: Type.String(),
  alternateName: Nullable(Type.String()),
  description: Nullable(Type.String()),
  status: Type.String(),
  email: Nullable(Type.String()),
  url: Nullable(Type.String()),
  eligibilityDescription: Nullable(Type.String()),
  feesDescription: Nullable(Type.String()),
  applicationProcess: Nullable(Type.String()),
  languages: Type.Array(Type.String()),
  requiredDocuments: Type.Array(Type.String()),
  categories: Type.Array(Type.String()),
  costOptions: Type.Array(CostOptionSchema),
  sample: Type.Boolean(),
  locations: Type.Array(LocationView),
  phones: Type.Array(PhoneView),
  schedules: Type.Array(ScheduleView),
};
export const PublicServiceView = Type.Object(
  { ...servicePublicFields, organization: Type.Object(organizationPublicFields, strict) },
  strict,
);
export const ServiceView = Type.Object(
  {
    ...servicePublicFields,
    organization: Type.Object(
      {
        ...organizationPublicFields,
        referralEmail: Nullable(Type.String()),
        shared: Type.Boolean(),
      },
      strict,
    ),
    contacts: Type.Array(ContactView),
    shared: Type.Boolean(),
    own: Type.Boolean(),
    version: Type.Integer(),
  },
  strict,
);

export const OrganizationView = Type.Object(
  {
    ...organizationPublicFields,
    referralEmail: Nullable(Type.String()),
    shared: Type.Boolean(),
    sample: Type.Boolean(),
    own: Type.Boolean(),
    version: Type.Integer(),
    contacts: Type.Array(ContactView),
    locations: Type.Array(LocationView),
    services: Type.Array(
      Type.Object(
        { id: Uuid, name: Type.String(), status: Type.String(), shared: Type.Boolean() },
        strict,
      ),
    ),
  },
  strict,
);
export const OrganizationSummary = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    shared: Type.Boolean(),
    sample: Type.Boolean(),
    own: Type.Boolean(),
    services: Type.Integer(),
  },
  strict,
);

export const ListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    category: Type.Optional(Type.Enum(categoryCodes)),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  strict,
);
export type ListQuery = Static<typeof ListQuery>;
export const StaffListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    category: Type.Optional(Type.Enum(categoryCodes)),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    scope: Type.Optional(Type.Enum(['all', 'own', 'shared'] as const)),
  },
  strict,
);
export type StaffListQuery = Static<typeof StaffListQuery>;
export const PublicListQuery = Type.Object(
  { ...ListQuery.properties, center: Type.Optional(Type.String({ maxLength: 63 })) },
  strict,
);
export const PublicServiceQuery = Type.Object(
  { center: Type.Optional(Type.String({ maxLength: 63 })) },
  strict,
);
export const IdParams = Type.Object({ id: Uuid }, strict);
export const ImportResult = Type.Object(
  { organizations: Type.Integer(), services: Type.Integer() },
  strict,
);
export const CsvQuery = Type.Object(
  {
    table: Type.Optional(
      Type.Enum([
        'organization',
        'service',
        'location',
        'address',
        'service_at_location',
        'phone',
        'contact',
        'schedule',
        'language',
        'cost_option',
        'required_document',
        'attribute',
      ] as const),
    ),
  },
  strict,
);
