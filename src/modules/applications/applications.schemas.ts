import { Type, type Static } from 'typebox';
import { benefitCodes } from '../benefits/rules/types.js';
import { applicationStatuses } from './applications.vocabulary.js';

const Uuid = Type.String({ format: 'uuid' });
const CalendarDate = Type.String({ format: 'date' });
// Null first: with type coercion on, a null tried against a string branch would become "".
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([Type.Null(), schema]);
const StaffRef = Type.Object(
  { id: Uuid, displayName: Type.String() },
  { additionalProperties: false },
);
const Notes = Type.String({ maxLength: 4000 });
const Benefit = Type.Enum(benefitCodes);
const Status = Type.Enum(applicationStatuses);

export const ApplicationView = Type.Object(
  {
    id: Uuid,
    residentId: Uuid,
    benefit: Benefit,
    status: Status,
    /** `label` is in the caller's language (Accept-Language). */
    checklist: Type.Array(
      Type.Object(
        { code: Type.String(), label: Type.String(), done: Type.Boolean() },
        { additionalProperties: false },
      ),
    ),
    submittedAt: Nullable(Type.String()),
    platform: Nullable(Type.String()),
    protocolNumber: Nullable(Type.String()),
    decision: Nullable(
      Type.Object(
        {
          amount: Nullable(Type.Number()),
          reason: Nullable(Type.String()),
          decidedAt: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
    renewalDue: Nullable(Type.String()),
    deadline: Nullable(Type.String()),
    assignedTo: Nullable(StaffRef),
    notes: Nullable(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type ApplicationView = Static<typeof ApplicationView>;

export const CreateApplicationBody = Type.Object(
  {
    benefit: Benefit,
    assignedTo: Type.Optional(Uuid),
    deadline: Type.Optional(Nullable(CalendarDate)),
    notes: Type.Optional(Nullable(Notes)),
  },
  { additionalProperties: false },
);
export type CreateApplicationBody = Static<typeof CreateApplicationBody>;

/** Every field optional but `version`; `null` clears a field. */
export const UpdateApplicationBody = Type.Object(
  {
    status: Type.Optional(Status),
    // The web app sends back the items it read, labels included: labels are ignored.
    checklist: Type.Optional(
      Type.Array(
        Type.Object(
          {
            code: Type.String({ maxLength: 50 }),
            done: Type.Boolean(),
            label: Type.Optional(Type.String()),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    ),
    submittedAt: Type.Optional(Nullable(CalendarDate)),
    platform: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
    protocolNumber: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
    decision: Type.Optional(
      Nullable(
        Type.Object(
          {
            amount: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 10_000_000 }))),
            reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
            decidedAt: Type.Optional(Nullable(CalendarDate)),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    renewalDue: Type.Optional(Nullable(CalendarDate)),
    deadline: Type.Optional(Nullable(CalendarDate)),
    assignedTo: Type.Optional(Nullable(Uuid)),
    notes: Type.Optional(Nullable(Notes)),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type UpdateApplicationBody = Static<typeof UpdateApplicationBody>;

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const TasksQuery = Type.Object(
  { mine: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type TasksQuery = Static<typeof TasksQuery>;

export const TaskView = Type.Object(
  {
    id: Type.String(),
    kind: Type.Enum(['deadline', 'renewal']),
    due: Type.String(),
    overdue: Type.Boolean(),
    daysLeft: Type.Integer(),
    applicationId: Uuid,
    residentId: Uuid,
    residentName: Type.String(),
    benefit: Benefit,
    status: Status,
    assignedTo: Nullable(StaffRef),
  },
  { additionalProperties: false },
);
