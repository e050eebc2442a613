import { Type, type Static } from 'typebox';
import { consentPurposes, legalBases } from './gdpr.tables.js';

const Uuid = Type.String({ format: 'uuid' });
const Staff = Type.Object({ id: Uuid, displayName: Type.String() });

export const ResidentIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const ConsentView = Type.Object(
  {
    id: Uuid,
    purpose: Type.Enum(consentPurposes),
    legalBasis: Type.Enum(legalBases),
    status: Type.Union([Type.Literal('given'), Type.Literal('withdrawn')]),
    recordedAt: Type.String({ format: 'date-time' }),
    recordedBy: Type.Union([Staff, Type.Null()]),
    documentId: Type.Union([Uuid, Type.Null()]),
  },
  { additionalProperties: false },
);
export type ConsentView = Static<typeof ConsentView>;

export const RecordConsentBody = Type.Object(
  {
    purpose: Type.Enum(consentPurposes),
    legalBasis: Type.Enum(legalBases),
    status: Type.Union([Type.Literal('given'), Type.Literal('withdrawn')]),
    documentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type RecordConsentBody = Static<typeof RecordConsentBody>;

export const ExportQuery = Type.Object(
  { format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('html')])) },
  { additionalProperties: false },
);

export const AnonymiseBody = Type.Object(
  { reason: Type.String({ minLength: 5, maxLength: 500 }) },
  { additionalProperties: false },
);

export const AnonymiseResult = Type.Object(
  { anonymisedAt: Type.String({ format: 'date-time' }) },
  { additionalProperties: false },
);
