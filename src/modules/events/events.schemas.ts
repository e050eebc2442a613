import { Type, type Static } from 'typebox';

const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Text = (max: number) => Type.String({ maxLength: max });
const closed = { additionalProperties: false } as const;

export const EventStatusSchema = Type.Union([
  Type.Literal('draft'),
  Type.Literal('published'),
  Type.Literal('cancelled'),
]);
export const RegistrationStatusSchema = Type.Union([
  Type.Literal('registered'),
  Type.Literal('waitlisted'),
  Type.Literal('offered'),
  Type.Literal('attended'),
  Type.Literal('cancelled'),
  Type.Literal('expired'),
]);

export const EventParams = Type.Object({ id: Uuid }, closed);
export const RegistrationParams = Type.Object({ id: Uuid, registrationId: Uuid }, closed);
export const LinkParams = Type.Object({ registrationId: Uuid }, closed);

export const EventListQuery = Type.Object(
  { when: Type.Optional(Type.Union([Type.Literal('upcoming'), Type.Literal('past')])) },
  closed,
);
export type EventListQuery = Static<typeof EventListQuery>;

export const EventInput = Type.Object(
  {
    titleEl: Type.String({ minLength: 1, maxLength: 300 }),
    titleEn: Type.Optional(Text(300)),
    descriptionEl: Type.Optional(Text(10000)),
    descriptionEn: Type.Optional(Text(10000)),
    audienceEl: Type.Optional(Text(500)),
    audienceEn: Type.Optional(Text(500)),
    place: Type.Optional(Text(500)),
    onlineUrl: Type.Optional(Type.String({ maxLength: 500, pattern: '^(https://\\S+)?$' })),
    startsAt: Instant,
    endsAt: Instant,
    capacity: Type.Integer({ minimum: 1, maximum: 100000 }),
    registrationOpensAt: Instant,
    registrationClosesAt: Instant,
    offerHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 168 })),
  },
  closed,
);
export type EventInput = Static<typeof EventInput>;

export const EventUpdate = Type.Object(
  { ...EventInput.properties, version: Type.Integer({ minimum: 1 }) },
  closed,
);
export type EventUpdate = Static<typeof EventUpdate>;

export const VersionBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, closed);
export type VersionBody = Static<typeof VersionBody>;

export const EventView = Type.Object(
  {
    id: Uuid,
    titleEl: Type.String(),
    titleEn: Nullable(Type.String()),
    descriptionEl: Type.String(),
    descriptionEn: Nullable(Type.String()),
    audienceEl: Nullable(Type.String()),
    audienceEn: Nullable(Type.String()),
    place: Nullable(Type.String()),
    onlineUrl: Nullable(Type.String()),
    startsAt: Instant,
    endsAt: Instant,
    capacity: Type.Integer(),
    seatsTaken: Type.Integer(),
    waitlisted: Type.Integer(),
    registrationOpensAt: Instant,
    registrationClosesAt: Instant,
    registrationOpen: Type.Boolean(),
    offerHours: Type.Integer(),
    status: EventStatusSchema,
    version: Type.Integer(),
  },
  closed,
);
export type EventView = Static<typeof EventView>;

export const EventList = Type.Object({ items: Type.Array(EventView) }, closed);

export const RegistrationView = Type.Object(
  {
    id: Uuid,
    status: RegistrationStatusSchema,
    name: Type.String(),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    residentId: Nullable(Uuid),
    source: Type.Union([Type.Literal('public'), Type.Literal('staff')]),
    language: Type.Union([Type.Literal('el'), Type.Literal('en')]),
    /** Place in the waitlist (1 = next), when waitlisted. */
    position: Nullable(Type.Integer()),
    offerExpiresAt: Nullable(Instant),
    attendedAt: Nullable(Instant),
    createdAt: Instant,
  },
  closed,
);
export type RegistrationView = Static<typeof RegistrationView>;

export const RegistrationList = Type.Object({ items: Type.Array(RegistrationView) }, closed);

const Contact = {
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  phone: Type.Optional(Type.String({ minLength: 1, maxLength: 30 })),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
};

/** The desk registers a resident (by file) or someone without one (name and contact). */
export const StaffRegisterBody = Type.Object(
  { residentId: Type.Optional(Uuid), ...Contact },
  closed,
);
export type StaffRegisterBody = Static<typeof StaffRegisterBody>;

export const AttendBody = Type.Object({ attended: Type.Boolean() }, closed);
export const LinkResidentBody = Type.Object({ residentId: Uuid }, closed);

// Public side.

export const PublicCenterQuery = Type.Object(
  { center: Type.Optional(Type.String({ maxLength: 63 })) },
  closed,
);
export type PublicCenterQuery = Static<typeof PublicCenterQuery>;

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({ minLength: 8, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' }),
});

export const PublicRegisterBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    phone: Contact.phone,
    email: Contact.email,
    language: Type.Optional(Type.Union([Type.Literal('el'), Type.Literal('en')])),
    consent: Type.Literal(true),
  },
  closed,
);
export type PublicRegisterBody = Static<typeof PublicRegisterBody>;

const Localized = Type.Object({ el: Type.String(), en: Type.String() }, closed);
const MaybeLocalized = Nullable(Localized);

export const PublicEvent = Type.Object(
  {
    id: Uuid,
    title: Localized,
    description: Localized,
    audience: MaybeLocalized,
    place: Nullable(Type.String()),
    onlineUrl: Nullable(Type.String()),
    startsAt: Instant,
    endsAt: Instant,
    capacity: Type.Integer(),
    seatsLeft: Type.Integer(),
    registrationOpensAt: Instant,
    registrationClosesAt: Instant,
    registrationOpen: Type.Boolean(),
    cancelled: Type.Boolean(),
  },
  closed,
);
export type PublicEvent = Static<typeof PublicEvent>;

export const PublicEventList = Type.Object({ items: Type.Array(PublicEvent) }, closed);

/** What the person sees after registering, and again through the links in the e-mails. */
export const PublicRegistration = Type.Object(
  {
    id: Uuid,
    status: RegistrationStatusSchema,
    position: Nullable(Type.Integer()),
    offerExpiresAt: Nullable(Instant),
    emailed: Type.Boolean(),
    cancelUrl: Nullable(Type.String()),
    event: PublicEvent,
  },
  closed,
);
export type PublicRegistration = Static<typeof PublicRegistration>;

export const TokenQuery = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 300 }) },
  closed,
);
export const TokenBody = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 300 }) },
  closed,
);
