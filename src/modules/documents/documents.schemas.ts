import { Type, type Static } from 'typebox';
import { documentTypes } from './documents.tables.js';

const Uuid = Type.String({ format: 'uuid' });

export const DocumentTypeSchema = Type.Enum(documentTypes);

export const DocumentView = Type.Object(
  {
    id: Uuid,
    residentId: Uuid,
    caseId: Type.Union([Uuid, Type.Null()]),
    type: DocumentTypeSchema,
    fileName: Type.String(),
    mediaType: Type.String(),
    sizeBytes: Type.Integer(),
    sha256: Type.String(),
    uploadedAt: Type.String({ format: 'date-time' }),
    uploadedBy: Type.Object({ id: Uuid, displayName: Type.String() }),
  },
  { additionalProperties: false },
);
export type DocumentView = Static<typeof DocumentView>;

export const ResidentIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const DocumentIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

/** The multipart fields besides the file, as read from the form. */
export interface UploadInput {
  bytes: Buffer;
  fileName: string | undefined;
  type: string | undefined;
  caseId: string | undefined;
}
