import { Type, type Static } from 'typebox';

const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const Day = Type.String({ format: 'date' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Names = Type.Object(
  { el: Type.String(), en: Type.String() },
  { additionalProperties: false },
);

const Contact = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  phone: Type.Optional(Type.String({ minLength: 1, maxLength: 30 })),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
};

export const PublicCenterQuery = Type.Object(
  { center: Type.Optional(Type.String({ maxLength: 63 })) },
  { additionalProperties: false },
);
export type PublicCenterQuery = Static<typeof PublicCenterQuery>;

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({ minLength: 8, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' }),
});

export const PublicBookBody = Type.Object(
  {
    typeId: Uuid,
    startsAt: Instant,
    staffId: Type.Optional(Uuid),
    ...Contact,
    reason: Type.Optional(Type.String({ maxLength: 500 })),
    consent: Type.Literal(true),
  },
  { additionalProperties: false },
);
export type PublicBookBody = Static<typeof PublicBookBody>;

export const StaffBookBody = Type.Object(
  {
    residentId: Type.Optional(Uuid),
    typeId: Uuid,
    startsAt: Instant,
    staffId: Type.Optional(Uuid),
    name: Type.Optional(Contact.name),
    phone: Contact.phone,
    email: Contact.email,
    reason: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type StaffBookBody = Static<typeof StaffBookBody>;

export const Alternative = Type.Object(
  { startsAt: Instant, endsAt: Instant, staffId: Uuid },
  { additionalProperties: false },
);

/** What the resident sees on screen after booking (and again through a signed link). */
export const Confirmation = Type.Object(
  {
    id: Uuid,
    status: Type.String(),
    startsAt: Instant,
    endsAt: Instant,
    staff: Type.Object({ displayName: Type.String() }, { additionalProperties: false }),
    type: Type.Object({ id: Uuid, name: Names }, { additionalProperties: false }),
    cancelUrl: Nullable(Type.String()),
    moveUrl: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type Confirmation = Static<typeof Confirmation>;

export const AppointmentParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const TokenQuery = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 300 }) },
  { additionalProperties: false },
);
export const TokenBody = TokenQuery;
export const PublicMoveBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 300 }), startsAt: Instant },
  { additionalProperties: false },
);

export const StaffMoveBody = Type.Object(
  { startsAt: Instant, staffId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type StaffMoveBody = Static<typeof StaffMoveBody>;

export const CheckInBody = Type.Object(
  { residentId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type CheckInBody = Static<typeof CheckInBody>;

export const AgendaQuery = Type.Object(
  { day: Type.Optional(Day), week: Type.Optional(Day), staffId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type AgendaQuery = Static<typeof AgendaQuery>;

export const AgendaItem = Type.Object(
  {
    id: Uuid,
    startsAt: Instant,
    endsAt: Instant,
    status: Type.String(),
    type: Type.Object({ id: Uuid, name: Names }, { additionalProperties: false }),
    staff: Type.Object({ id: Uuid, displayName: Type.String() }, { additionalProperties: false }),
    resident: Nullable(
      Type.Object({ id: Uuid, name: Nullable(Type.String()) }, { additionalProperties: false }),
    ),
    contact: Type.Object(
      {
        name: Nullable(Type.String()),
        phone: Nullable(Type.String()),
        email: Nullable(Type.String()),
      },
      { additionalProperties: false },
    ),
    reason: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type AgendaItem = Static<typeof AgendaItem>;

export const Agenda = Type.Object(
  { from: Instant, to: Instant, items: Type.Array(AgendaItem) },
  { additionalProperties: false },
);

export const WaitlistBody = Type.Object(
  {
    typeId: Uuid,
    staffId: Type.Optional(Uuid),
    from: Day,
    to: Day,
    name: Contact.name,
    phone: Contact.phone,
    email: Type.String({ format: 'email', maxLength: 254 }),
    consent: Type.Literal(true),
  },
  { additionalProperties: false },
);
export type WaitlistBody = Static<typeof WaitlistBody>;

export const WaitlistView = Type.Object(
  { id: Uuid, status: Type.String(), from: Day, to: Day },
  { additionalProperties: false },
);
export type WaitlistView = Static<typeof WaitlistView>;

export const FeedTokenView = Type.Object({ url: Type.String() }, { additionalProperties: false });
