import { Type, type Static } from 'typebox';
import { roles } from '../auth/permissions.js';

export const RoleSchema = Type.Enum(roles);
export const Username = Type.String({
  minLength: 2,
  maxLength: 64,
  pattern: '^[a-z0-9][a-z0-9._-]*$',
});
const DisplayName = Type.String({ minLength: 2, maxLength: 200 });
const Email = Type.String({ format: 'email', maxLength: 254 });

export const StaffView = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    username: Type.String(),
    displayName: Type.String(),
    email: Type.Union([Type.String(), Type.Null()]),
    role: RoleSchema,
    status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
    totpEnabled: Type.Boolean(),
    mustChangePassword: Type.Boolean(),
    lastSignInAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    /** For role `partner`: the directory organization the account answers referrals for. */
    partnerOrganizationId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type StaffView = Static<typeof StaffView>;

export const CreateStaffBody = Type.Object(
  {
    username: Username,
    displayName: DisplayName,
    email: Type.Optional(Email),
    role: RoleSchema,
    /** Required for role `partner`, refused for the others. */
    partnerOrganizationId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type CreateStaffBody = Static<typeof CreateStaffBody>;

export const UpdateStaffBody = Type.Object(
  {
    displayName: Type.Optional(DisplayName),
    email: Type.Optional(Type.Union([Email, Type.Null()])),
    role: Type.Optional(RoleSchema),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
    partnerOrganizationId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateStaffBody = Static<typeof UpdateStaffBody>;

export const StaffIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

/** What any signed-in colleague may know of another: enough to pick them, nothing more. */
export const ColleagueView = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    displayName: Type.String(),
    role: RoleSchema,
  },
  { additionalProperties: false },
);
export type ColleagueView = Static<typeof ColleagueView>;

/** A directory organization a partner account can be tied to. */
export const PartnerOrganizationOption = Type.Object(
  { id: Type.String({ format: 'uuid' }), name: Type.String() },
  { additionalProperties: false },
);
