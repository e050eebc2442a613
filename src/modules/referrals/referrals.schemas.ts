import { Type, type Static, type TSchema } from 'typebox';
import {
  referralOutcomes,
  referralStatuses,
  referralUrgencies,
  sharedCategories,
} from './referrals.vocabulary.js';

const Uuid = Type.String({ format: 'uuid' });
const CalendarDate = Type.String({ format: 'date' });
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Email = Type.String({ format: 'email', maxLength: 254 });
const LabelSchema = Type.Object(
  { el: Type.String(), en: Type.String() },
  { additionalProperties: false },
);
const ReasonCode = Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z_]+$' });
const Note = Type.String({ minLength: 1, maxLength: 4000 });

export const StatusSchema = Type.Enum(referralStatuses);
export const UrgencySchema = Type.Enum(referralUrgencies);
export const OutcomeSchema = Type.Enum(referralOutcomes);
export const CategorySchema = Type.Enum(sharedCategories);

const closed = { additionalProperties: false } as const;

/** Only the shared categories are present; a category not shared has no key at all. */
export const SharedDataSchema = Type.Object(
  {
    identity: Type.Optional(
      Type.Object(
        {
          surname: Type.String(),
          givenName: Type.String(),
          fatherName: Nullable(Type.String()),
          birthDate: Nullable(Type.String()),
          gender: Nullable(Type.String()),
        },
        closed,
      ),
    ),
    identifiers: Type.Optional(
      Type.Object({ amka: Nullable(Type.String()), afm: Nullable(Type.String()) }, closed),
    ),
    contact: Type.Optional(
      Type.Object(
        {
          mobilePhone: Nullable(Type.String()),
          phone: Nullable(Type.String()),
          email: Nullable(Type.String()),
          address: Nullable(Type.String()),
        },
        closed,
      ),
    ),
    household: Type.Optional(
      Type.Object(
        {
          members: Type.Array(
            Type.Object(
              { relationship: Type.String(), birthYear: Nullable(Type.Integer()) },
              closed,
            ),
          ),
        },
        closed,
      ),
    ),
    income: Type.Optional(
      Type.Object({ taxYear: Nullable(Type.Integer()), total: Nullable(Type.Number()) }, closed),
    ),
    benefits: Type.Optional(
      Type.Object(
        { items: Type.Array(Type.Object({ name: LabelSchema, status: LabelSchema }, closed)) },
        closed,
      ),
    ),
    caseSummary: Type.Optional(
      Type.Object({ topics: Type.Array(Type.String()), needs: Nullable(Type.String()) }, closed),
    ),
  },
  closed,
);

const Destination = Type.Object(
  {
    kind: Type.Union([
      Type.Literal('service'),
      Type.Literal('organization'),
      Type.Literal('external'),
    ]),
    name: Type.String(),
    serviceId: Nullable(Uuid),
    serviceName: Nullable(Type.String()),
    organizationId: Nullable(Uuid),
    organizationName: Nullable(Type.String()),
  },
  closed,
);

const HistoryEntry = Type.Object(
  {
    at: DateTime,
    fromStatus: Nullable(StatusSchema),
    toStatus: StatusSchema,
    reason: Nullable(Type.String()),
    note: Nullable(Type.String()),
    actorKind: Type.Union([
      Type.Literal('staff'),
      Type.Literal('partner_link'),
      Type.Literal('system'),
    ]),
    actorName: Nullable(Type.String()),
  },
  closed,
);

export const ReferralView = Type.Object(
  {
    id: Uuid,
    residentId: Uuid,
    residentName: Type.String(),
    caseId: Nullable(Uuid),
    destination: Destination,
    partnerEmail: Nullable(Type.String()),
    reason: Nullable(Type.String()),
    urgency: UrgencySchema,
    sharedCategories: Type.Array(CategorySchema),
    status: StatusSchema,
    statusReason: Nullable(Type.String()),
    statusNote: Nullable(Type.String()),
    consent: Type.Object(
      {
        kind: Type.Union([Type.Literal('given'), Type.Literal('override')]),
        overrideReason: Nullable(Type.String()),
        /** The consent relied on was withdrawn since: the partner sees no data any more. */
        withdrawn: Type.Boolean(),
      },
      closed,
    ),
    owner: Type.Object({ id: Uuid, displayName: Type.String() }, closed),
    dueOn: CalendarDate,
    overdue: Type.Boolean(),
    outcome: Nullable(OutcomeSchema),
    outcomeReason: Nullable(Type.String()),
    outcomeNote: Nullable(Type.String()),
    createdAt: DateTime,
    closedAt: Nullable(DateTime),
    history: Type.Array(HistoryEntry),
    /** What the Center may do next (cancel, or record an answer given by phone). */
    nextStatuses: Type.Array(StatusSchema),
  },
  closed,
);
export type ReferralView = Static<typeof ReferralView>;

export const ReferralSummary = Type.Object(
  {
    id: Uuid,
    residentId: Uuid,
    residentName: Type.String(),
    caseId: Nullable(Uuid),
    destinationName: Type.String(),
    urgency: UrgencySchema,
    status: StatusSchema,
    dueOn: CalendarDate,
    overdue: Type.Boolean(),
    owner: Type.Object({ id: Uuid, displayName: Type.String() }, closed),
    createdAt: DateTime,
  },
  closed,
);
export type ReferralSummary = Static<typeof ReferralSummary>;

/** What a partner sees, by link or by account: the referral and the shared data, nothing else. */
export const PartnerReferralView = Type.Object(
  {
    id: Uuid,
    center: Type.Object(
      { name: LabelSchema, phones: Type.Array(Type.String()), email: Nullable(Type.String()) },
      closed,
    ),
    destinationName: Type.String(),
    caseWorker: Type.Object({ name: Type.String(), email: Nullable(Type.String()) }, closed),
    reason: Nullable(Type.String()),
    urgency: UrgencySchema,
    dueOn: CalendarDate,
    status: StatusSchema,
    statusReason: Nullable(Type.String()),
    outcome: Nullable(OutcomeSchema),
    createdAt: DateTime,
    sharedCategories: Type.Array(CategorySchema),
    shared: SharedDataSchema,
    /** The resident withdrew the consent this referral relied on: nothing is shared any more. */
    consentWithdrawn: Type.Boolean(),
    nextStatuses: Type.Array(StatusSchema),
  },
  closed,
);
export type PartnerReferralView = Static<typeof PartnerReferralView>;

export const PartnerReferralSummary = Type.Object(
  {
    id: Uuid,
    /** Only when the identity category is shared. */
    residentName: Nullable(Type.String()),
    destinationName: Type.String(),
    urgency: UrgencySchema,
    status: StatusSchema,
    dueOn: CalendarDate,
    createdAt: DateTime,
  },
  closed,
);
export type PartnerReferralSummary = Static<typeof PartnerReferralSummary>;

export const CreateReferralBody = Type.Object(
  {
    residentId: Uuid,
    caseId: Type.Optional(Uuid),
    serviceId: Type.Optional(Uuid),
    organizationId: Type.Optional(Uuid),
    externalOrganization: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    /** Where the partner's link goes; by default the directory's referral e-mail. */
    partnerEmail: Type.Optional(Email),
    reason: Type.String({ minLength: 1, maxLength: 4000 }),
    urgency: UrgencySchema,
    sharedCategories: Type.Array(CategorySchema, { maxItems: 10, uniqueItems: true }),
    dueOn: Type.Optional(CalendarDate),
    ownerId: Type.Optional(Uuid),
    /** Coordinators only: refer without a recorded consent, saying why. */
    consentOverrideReason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  },
  closed,
);
export type CreateReferralBody = Static<typeof CreateReferralBody>;

export const ChangeStatusBody = Type.Object(
  {
    status: StatusSchema,
    reason: Type.Optional(ReasonCode),
    note: Type.Optional(Note),
    outcome: Type.Optional(OutcomeSchema),
  },
  closed,
);
export type ChangeStatusBody = Static<typeof ChangeStatusBody>;

export const LinkChangeStatusBody = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 500 }),
    status: StatusSchema,
    reason: Type.Optional(ReasonCode),
    note: Type.Optional(Note),
    outcome: Type.Optional(OutcomeSchema),
  },
  closed,
);
export type LinkChangeStatusBody = Static<typeof LinkChangeStatusBody>;

export const ListReferralsQuery = Type.Object(
  {
    mine: Type.Optional(Type.Boolean()),
    overdue: Type.Optional(Type.Boolean()),
    status: Type.Optional(StatusSchema),
    residentId: Type.Optional(Uuid),
    caseId: Type.Optional(Uuid),
  },
  closed,
);
export type ListReferralsQuery = Static<typeof ListReferralsQuery>;

export const DestinationsQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 100 })) },
  closed,
);

export const DestinationOption = Type.Object(
  {
    serviceId: Uuid,
    serviceName: Type.String(),
    organizationId: Uuid,
    organizationName: Type.String(),
    referralEmail: Nullable(Type.String()),
  },
  closed,
);
export type DestinationOption = Static<typeof DestinationOption>;

export const ReferralIdParams = Type.Object({ id: Uuid }, closed);
export const TokenQuery = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 500 }) },
  closed,
);
