import { Type, type Static } from 'typebox';

const Uuid = Type.String({ format: 'uuid' });
const Day = Type.String({ format: 'date' });
const Instant = Type.String({ format: 'date-time' });
/** A wall-clock time of the Center, HH:MM. */
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Localized = Type.Object({ el: Text(200), en: Text(200) }, { additionalProperties: false });
const Mode = Type.Enum(['in_person', 'phone', 'video']);
const RoleName = Type.Enum([
  'administrator',
  'coordinator',
  'social_worker',
  'psychologist',
  'reception',
  'partner',
]);

const typeFields = {
  name: Localized,
  durationMinutes: Type.Integer({ minimum: 5, maximum: 480 }),
  bufferMinutes: Type.Integer({ minimum: 0, maximum: 120 }),
  mode: Mode,
  public: Type.Boolean(),
  minNoticeMinutes: Type.Integer({ minimum: 0, maximum: 43_200 }),
  maxDaysAhead: Type.Integer({ minimum: 0, maximum: 365 }),
  dailyCap: Nullable(Type.Integer({ minimum: 1, maximum: 1000 })),
  providerRoles: Type.Array(RoleName, { maxItems: 6, uniqueItems: true }),
  providerIds: Type.Array(Uuid, { maxItems: 200, uniqueItems: true }),
  active: Type.Boolean(),
};

export const CreateTypeBody = Type.Object(
  {
    name: typeFields.name,
    durationMinutes: typeFields.durationMinutes,
    mode: typeFields.mode,
    bufferMinutes: Type.Optional(typeFields.bufferMinutes),
    public: Type.Optional(typeFields.public),
    minNoticeMinutes: Type.Optional(typeFields.minNoticeMinutes),
    maxDaysAhead: Type.Optional(typeFields.maxDaysAhead),
    dailyCap: Type.Optional(typeFields.dailyCap),
    providerRoles: Type.Optional(typeFields.providerRoles),
    providerIds: Type.Optional(typeFields.providerIds),
  },
  { additionalProperties: false },
);
export type CreateTypeBody = Static<typeof CreateTypeBody>;

export const UpdateTypeBody = Type.Object(
  {
    name: Type.Optional(typeFields.name),
    durationMinutes: Type.Optional(typeFields.durationMinutes),
    bufferMinutes: Type.Optional(typeFields.bufferMinutes),
    mode: Type.Optional(typeFields.mode),
    public: Type.Optional(typeFields.public),
    minNoticeMinutes: Type.Optional(typeFields.minNoticeMinutes),
    maxDaysAhead: Type.Optional(typeFields.maxDaysAhead),
    dailyCap: Type.Optional(typeFields.dailyCap),
    providerRoles: Type.Optional(typeFields.providerRoles),
    providerIds: Type.Optional(typeFields.providerIds),
    active: Type.Optional(typeFields.active),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type UpdateTypeBody = Static<typeof UpdateTypeBody>;

export const AppointmentTypeView = Type.Object(
  {
    id: Uuid,
    name: Localized,
    durationMinutes: Type.Integer(),
    bufferMinutes: Type.Integer(),
    mode: Mode,
    public: Type.Boolean(),
    minNoticeMinutes: Type.Integer(),
    maxDaysAhead: Type.Integer(),
    dailyCap: Nullable(Type.Integer()),
    providerRoles: Type.Array(Type.String()),
    providerIds: Type.Array(Uuid),
    active: Type.Boolean(),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type AppointmentTypeView = Static<typeof AppointmentTypeView>;

export const PublicTypeView = Type.Object(
  { id: Uuid, name: Localized, durationMinutes: Type.Integer(), mode: Mode },
  { additionalProperties: false },
);

export const WeeklyHoursBody = Type.Object(
  {
    hours: Type.Array(
      Type.Object(
        { weekday: Type.Integer({ minimum: 1, maximum: 7 }), starts: Time, ends: Time },
        { additionalProperties: false },
      ),
      { maxItems: 28 },
    ),
  },
  { additionalProperties: false },
);
export type WeeklyHoursBody = Static<typeof WeeklyHoursBody>;

export const AbsenceBody = Type.Object(
  { startsAt: Instant, endsAt: Instant, reason: Type.Optional(Text(500)) },
  { additionalProperties: false },
);
export type AbsenceBody = Static<typeof AbsenceBody>;
export const AbsenceView = Type.Object(
  { id: Uuid, staffId: Uuid, startsAt: Instant, endsAt: Instant, reason: Nullable(Type.String()) },
  { additionalProperties: false },
);

/** Hours replacing that day's; without them the person is off that day. */
export const ScheduleChangeBody = Type.Object(
  {
    day: Day,
    starts: Type.Optional(Time),
    ends: Type.Optional(Time),
    reason: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);
export type ScheduleChangeBody = Static<typeof ScheduleChangeBody>;
export const ScheduleChangeView = Type.Object(
  {
    id: Uuid,
    staffId: Uuid,
    day: Type.String(),
    starts: Nullable(Type.String()),
    ends: Nullable(Type.String()),
    reason: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

export const ClosureBody = Type.Object(
  { startsOn: Day, endsOn: Day, reason: Text(500) },
  { additionalProperties: false },
);
export type ClosureBody = Static<typeof ClosureBody>;
export const ClosureView = Type.Object(
  { id: Uuid, startsOn: Type.String(), endsOn: Type.String(), reason: Type.String() },
  { additionalProperties: false },
);

export const OverrideBody = Type.Object(
  {
    day: Day,
    kind: Type.Enum(['holiday', 'working_day', 'short_day']),
    closesAt: Type.Optional(Time),
    name: Localized,
  },
  { additionalProperties: false },
);
export type OverrideBody = Static<typeof OverrideBody>;
export const OverrideView = Type.Object(
  {
    id: Uuid,
    day: Type.String(),
    kind: Type.String(),
    closesAt: Nullable(Type.String()),
    name: Localized,
  },
  { additionalProperties: false },
);

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const StaffParams = Type.Object({ staffId: Uuid }, { additionalProperties: false });
export const YearQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);
export const CenterQuery = Type.Object(
  { center: Type.Optional(Type.String({ maxLength: 63 })) },
  { additionalProperties: false },
);

export const AvailabilityQuery = Type.Object(
  {
    center: Type.Optional(Type.String({ maxLength: 63 })),
    typeId: Uuid,
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    day: Type.Optional(Day),
    staffId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type AvailabilityQuery = Static<typeof AvailabilityQuery>;

export const MonthView = Type.Object(
  {
    typeId: Uuid,
    from: Type.String(),
    to: Type.String(),
    days: Type.Array(
      Type.Object(
        { day: Type.String(), freeSlots: Type.Integer() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export const DayView = Type.Object(
  {
    typeId: Uuid,
    day: Type.String(),
    slots: Type.Array(
      Type.Object(
        { startsAt: Instant, endsAt: Instant, staffId: Uuid },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export const AvailabilityView = Type.Union([MonthView, DayView]);
