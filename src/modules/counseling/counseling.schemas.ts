import { Type, type Static } from 'typebox';
import { BREAK_GLASS_REASON } from './counseling.policy.js';

const Uuid = Type.String({ format: 'uuid' });
const StaffRef = Type.Object({ id: Uuid, displayName: Type.String() });
const NoteText = Type.String({ minLength: 1, maxLength: 20_000 });

export const SessionKindSchema = Type.Union([
  Type.Literal('individual'),
  Type.Literal('family'),
  Type.Literal('group'),
]);

/** That a session happened, never what was said. */
export const SessionView = Type.Object(
  {
    id: Uuid,
    kind: SessionKindSchema,
    startedAt: Type.String({ format: 'date-time' }),
    durationMinutes: Type.Integer(),
    caseId: Type.Union([Uuid, Type.Null()]),
    participants: Type.Array(Type.Object({ residentId: Uuid, name: Type.String() })),
    author: StaffRef,
    hasNote: Type.Boolean(),
    canReadNote: Type.Boolean(),
    grantedTo: Type.Array(StaffRef),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type SessionView = Static<typeof SessionView>;

export const NoteView = Type.Object(
  {
    text: Type.String(),
    updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type NoteView = Static<typeof NoteView>;

export const CreateSessionBody = Type.Object(
  {
    kind: SessionKindSchema,
    startedAt: Type.String({ format: 'date-time' }),
    durationMinutes: Type.Integer({ minimum: 1, maximum: 600 }),
    participantResidentIds: Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true }),
    caseId: Type.Optional(Uuid),
    note: Type.Optional(NoteText),
  },
  { additionalProperties: false },
);
export type CreateSessionBody = Static<typeof CreateSessionBody>;

export const ListSessionsQuery = Type.Object(
  { residentId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const UpdateNoteBody = Type.Object(
  { text: NoteText, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type UpdateNoteBody = Static<typeof UpdateNoteBody>;

export const GrantBody = Type.Object({ staffId: Uuid }, { additionalProperties: false });

export const BreakGlassBody = Type.Object(
  {
    reason: Type.String({ minLength: BREAK_GLASS_REASON.min, maxLength: BREAK_GLASS_REASON.max }),
  },
  { additionalProperties: false },
);

export const SessionIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const GrantParams = Type.Object(
  { id: Uuid, staffId: Uuid },
  { additionalProperties: false },
);
