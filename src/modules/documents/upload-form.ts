import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.js';
import type { UploadInput } from './documents.schemas.js';

/**
 * Reads the multipart form of an upload (`file`, `type`, `caseId?`) into memory: files are at
 * most UPLOAD_MAX_MB, and the whole file is needed anyway to judge its content and hash it.
 * Limits broken by the form become localized problems instead of bare 413/406 answers.
 */
export async function readUploadForm(request: FastifyRequest, maxMb: number): Promise<UploadInput> {
  const input: UploadInput = {
    bytes: Buffer.alloc(0),
    fileName: undefined,
    type: undefined,
    caseId: undefined,
  };
  let sawFile = false;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          continue;
        }
        input.bytes = await part.toBuffer();
        input.fileName = part.filename;
        sawFile = true;
      } else if (part.fieldname === 'type' || part.fieldname === 'caseId') {
        const value = typeof part.value === 'string' ? part.value.trim() : undefined;
        input[part.fieldname] = value === '' ? undefined : value;
      }
    }
  } catch (error) {
    throw translateMultipartError(error, maxMb);
  }
  if (!sawFile || input.bytes.length === 0) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.file', rule: 'required' }],
    });
  }
  return input;
}

function translateMultipartError(error: unknown, maxMb: number): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
      return new AppError('upload_rejected', { field: 'body.file', params: { maxMb } });
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PROTO_VIOLATION':
      return new AppError('validation_failed', { cause: error });
    default:
      return error;
  }
}
