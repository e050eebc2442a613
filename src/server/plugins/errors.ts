import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../lib/app-error.js';
import { pickLanguage, type Language } from '../i18n/language.js';
import {
  fieldLabels,
  fieldRuleMessages,
  fillTemplate,
  passwordReasons,
  problemMessages,
} from '../i18n/messages.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../modules/auth/password-policy.js';

/**
 * The one place where errors become HTTP answers: RFC 9457 problem+json with a message in the
 * caller's language and the offending field. Internal errors never reach the client, and what is
 * logged of them carries no request data.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: describeForLog(error) }, 'request failed');
    }
    return sendProblem(request, reply, appError);
  });
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const lang = pickLanguage(request.headers['accept-language']);
  return reply
    .code(error.status)
    .type('application/problem+json; charset=utf-8')
    .send(buildProblem(error, lang, request.url.split('?')[0] ?? ''));
}

export function buildProblem(error: AppError, lang: Language, instance: string) {
  const message = problemMessages[lang][error.code];
  const errors = error.fieldErrors.map((fe) => ({
    field: fe.field,
    message: describeField(fe, lang),
  }));
  const detail =
    error.code === 'password_rejected'
      ? fillTemplate(passwordReasons[lang][String(error.params.reason)] ?? message.detail, {
          min: PASSWORD_MIN_LENGTH,
          max: PASSWORD_MAX_LENGTH,
        })
      : (errors[0]?.message ?? fillTemplate(message.detail, error.params));
  return {
    type: `urn:koinotita:problem:${error.code}`,
    title: message.title,
    status: error.status,
    detail,
    code: error.code,
    instance,
    ...(error.field ? { field: error.field } : {}),
    ...(errors.length > 0 ? { errors } : {}),
    ...error.extensions,
  };
}

function describeField(fieldError: FieldError, lang: Language): string {
  const lastSegment =
    fieldError.field
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .at(-1) ?? '';
  const label = fieldLabels[lang][lastSegment] ?? lastSegment;
  const messages = fieldRuleMessages[lang];
  const template = messages[fieldError.rule] ?? messages.invalid ?? '{field}';
  return fillTemplate(template, { ...fieldError.params, field: label });
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const context = error.validationContext ?? 'body';
    return new AppError('validation_failed', {
      fieldErrors: error.validation.map((v) => {
        const params = (v.params ?? {}) as Record<string, unknown>;
        const path = [context, ...v.instancePath.split('/').filter(Boolean)];
        if (v.keyword === 'required') path.push(String(params.missingProperty));
        if (v.keyword === 'additionalProperties') path.push(String(params.additionalProperty));
        const limit = params.limit;
        const fieldError: FieldError = { field: path.join('.'), rule: v.keyword };
        if (typeof limit === 'number') fieldError.params = { limit };
        return fieldError;
      }),
    });
  }
  switch (error.statusCode) {
    case 400:
      return new AppError(
        error.code?.startsWith('FST_ERR_CTP') ? 'malformed_json' : 'validation_failed',
      );
    case 413:
      return new AppError('payload_too_large');
    case 415:
      return new AppError('unsupported_media_type');
    case 429:
      return new AppError('rate_limited');
    default:
      return new AppError('internal', { cause: error });
  }
}

/** Name, code and stack only: driver errors carry row values in `detail`, which is personal data. */
function describeForLog(error: FastifyError) {
  const cause = error instanceof AppError ? (error.cause as Error | undefined) : error;
  return {
    name: cause?.name,
    code: (cause as { code?: string } | undefined)?.code,
    message: cause?.message,
    stack: cause?.stack,
  };
}
