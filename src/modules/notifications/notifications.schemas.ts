import { Type, type Static } from 'typebox';

export const NotificationView = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    details: Type.Object({}, { additionalProperties: true }),
  },
  { additionalProperties: false },
);
export type NotificationView = Static<typeof NotificationView>;

export const NotificationIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
