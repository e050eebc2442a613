import { Type, type Static } from 'typebox';
import { axes, channels, requestOutcomes } from './requests.vocabulary.js';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const RequestView = Type.Object(
  {
    id: Uuid,
    residentId: Nullable(Uuid),
    residentName: Nullable(Type.String()),
    occurredAt: Type.String({ format: 'date-time' }),
    channel: Type.Enum(channels),
    axis: Type.Enum(axes),
    subject: Type.String(),
    outcome: Type.Enum(requestOutcomes),
    durationMinutes: Type.Integer(),
    notes: Nullable(Type.String()),
    staff: Type.Object({ id: Uuid, displayName: Type.String() }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
export type RequestView = Static<typeof RequestView>;

export const LogRequestBody = Type.Object(
  {
    residentId: Type.Optional(Uuid),
    occurredAt: Type.Optional(Type.String({ format: 'date-time' })),
    channel: Type.Enum(channels),
    axis: Type.Enum(axes),
    subject: Type.String({ minLength: 1, maxLength: 200 }),
    outcome: Type.Enum(requestOutcomes),
    durationMinutes: Type.Integer({ minimum: 0, maximum: 600 }),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type LogRequestBody = Static<typeof LogRequestBody>;

export const ListRequestsQuery = Type.Object(
  {
    residentId: Type.Optional(Uuid),
    from: Type.Optional(Type.String({ format: 'date' })),
    to: Type.Optional(Type.String({ format: 'date' })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ListRequestsQuery = Static<typeof ListRequestsQuery>;
