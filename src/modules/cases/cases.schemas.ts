import { Type, type Static } from 'typebox';
import { caseOutcomes, caseStatuses, goalStatuses } from './cases.vocabulary.js';

const Uuid = Type.String({ format: 'uuid' });
const CalendarDate = Type.String({ format: 'date' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const StaffRef = Type.Object(
  { id: Uuid, displayName: Type.String() },
  { additionalProperties: false },
);
export const CaseStatusSchema = Type.Enum(caseStatuses);
export const CaseOutcomeSchema = Type.Enum(caseOutcomes);
const Topics = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
  minItems: 1,
  maxItems: 20,
});
const TeamIds = Type.Array(Uuid, { maxItems: 20, uniqueItems: true });
const LongText = Type.String({ minLength: 1, maxLength: 10_000 });

export const CaseView = Type.Object(
  {
    id: Uuid,
    residentId: Uuid,
    residentName: Type.String(),
    householdId: Nullable(Uuid),
    topics: Type.Array(Type.String()),
    status: CaseStatusSchema,
    outcome: Nullable(CaseOutcomeSchema),
    assignedWorker: Nullable(StaffRef),
    team: Type.Array(StaffRef),
    assessment: Nullable(
      Type.Object(
        {
          needs: Type.String(),
          strengths: Nullable(Type.String()),
          risks: Nullable(Type.String()),
          updatedAt: Type.String({ format: 'date-time' }),
        },
        { additionalProperties: false },
      ),
    ),
    plan: Nullable(
      Type.Object(
        {
          goals: Type.Array(
            Type.Object(
              {
                id: Uuid,
                description: Type.String(),
                targetDate: Nullable(Type.String()),
                status: Type.Enum(goalStatuses),
              },
              { additionalProperties: false },
            ),
          ),
          reviewDate: Nullable(Type.String()),
          updatedAt: Type.String({ format: 'date-time' }),
        },
        { additionalProperties: false },
      ),
    ),
    openedAt: Type.String({ format: 'date-time' }),
    closedAt: Nullable(Type.String({ format: 'date-time' })),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type CaseView = Static<typeof CaseView>;

export const CaseSummary = Type.Object(
  {
    id: Uuid,
    residentId: Uuid,
    residentName: Type.String(),
    topics: Type.Array(Type.String()),
    status: CaseStatusSchema,
    assignedWorker: Nullable(StaffRef),
    openedAt: Type.String({ format: 'date-time' }),
    nextReviewDate: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type CaseSummary = Static<typeof CaseSummary>;

export const CreateCaseBody = Type.Object(
  {
    residentId: Uuid,
    householdId: Type.Optional(Uuid),
    topics: Topics,
    assignedWorkerId: Type.Optional(Uuid),
    teamIds: Type.Optional(TeamIds),
  },
  { additionalProperties: false },
);
export type CreateCaseBody = Static<typeof CreateCaseBody>;

export const ListCasesQuery = Type.Object(
  {
    residentId: Type.Optional(Uuid),
    status: Type.Optional(CaseStatusSchema),
    mine: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ListCasesQuery = Static<typeof ListCasesQuery>;

export const UpdateCaseBody = Type.Object(
  {
    topics: Type.Optional(Topics),
    status: Type.Optional(CaseStatusSchema),
    outcome: Type.Optional(CaseOutcomeSchema),
    assignedWorkerId: Type.Optional(Uuid),
    teamIds: Type.Optional(TeamIds),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type UpdateCaseBody = Static<typeof UpdateCaseBody>;

export const PutAssessmentBody = Type.Object(
  {
    needs: LongText,
    strengths: Type.Optional(LongText),
    risks: Type.Optional(LongText),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type PutAssessmentBody = Static<typeof PutAssessmentBody>;

export const PutPlanBody = Type.Object(
  {
    goals: Type.Array(
      Type.Object(
        {
          id: Type.Optional(Uuid),
          description: Type.String({ minLength: 1, maxLength: 1000 }),
          targetDate: Type.Optional(Nullable(CalendarDate)),
          status: Type.Enum(goalStatuses),
        },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
    reviewDate: Type.Optional(Nullable(CalendarDate)),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type PutPlanBody = Static<typeof PutPlanBody>;

export const CaseIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
