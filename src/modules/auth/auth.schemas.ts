import { Type } from 'typebox';
import { RoleSchema } from '../staff/staff.schemas.js';

export const LoginBody = Type.Object(
  {
    center: Type.Optional(
      Type.String({ minLength: 2, maxLength: 63, pattern: '^[a-z0-9][a-z0-9-]*$' }),
    ),
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

export const CodeBody = Type.Object(
  { code: Type.String({ pattern: '^[0-9]{6}$' }) },
  { additionalProperties: false },
);

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
    newPassword: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

const Localized = Type.Object({ el: Type.String(), en: Type.String() });

export const SessionViewSchema = Type.Object(
  {
    stage: Type.Union([
      Type.Literal('password_change'),
      Type.Literal('totp_enroll'),
      Type.Literal('totp'),
      Type.Literal('active'),
    ]),
    csrfToken: Type.String(),
    user: Type.Object({
      id: Type.String(),
      username: Type.String(),
      displayName: Type.String(),
      role: RoleSchema,
      totpEnabled: Type.Boolean(),
    }),
    center: Type.Object({ slug: Type.String(), name: Localized }),
    permissions: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);

export const CsrfView = Type.Object({ csrfToken: Type.String() });

export const TotpEnrollmentView = Type.Object({
  secret: Type.String(),
  otpauthUri: Type.String(),
  qrSvg: Type.String(),
});
