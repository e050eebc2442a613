/**
 * The closed set of error codes the API can answer with. Each maps to one HTTP status here and to
 * one localized message in src/server/i18n/messages.ts; domain code throws `AppError` and the error
 * plugin turns it into RFC 9457 problem+json in exactly one place.
 */
export const errorStatus = {
  validation_failed: 400,
  malformed_json: 400,
  invalid_credentials: 401,
  not_signed_in: 401,
  session_expired: 401,
  invalid_totp: 401,
  account_locked: 423,
  csrf_failed: 403,
  forbidden: 403,
  wrong_sign_in_step: 409,
  not_found: 404,
  conflict: 409,
  username_taken: 409,
  password_rejected: 422,
  cannot_disable_self: 409,
  stale_record: 409,
  duplicate_resident: 409,
  possible_duplicates: 409,
  merge_refused: 409,
  invalid_household: 422,
  sealed: 403,
  upload_rejected: 422,
  erasure_refused: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  slot_taken: 409,
  link_invalid: 403,
  idempotency_key_reused: 422,
  offer_expired: 409,
  consent_required: 409,
  invalid_transition: 409,
  directory_entry_unavailable: 422,
  import_rejected: 422,
  link_used: 409,
  registration_closed: 409,
  already_registered: 409,
  not_ready: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldError {
  /** Dotted path of the offending input, e.g. `body.username`. */
  field: string;
  /** Rule that failed (`required`, `maxLength`, …), used to pick the localized message. */
  rule: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly params: Record<string, string | number>;
  /** Extra members of the problem document, e.g. the id of the existing record a duplicate points to. */
  readonly extensions: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    options: {
      field?: string;
      fieldErrors?: FieldError[];
      params?: Record<string, string | number>;
      extensions?: Record<string, unknown>;
      cause?: unknown;
    } = {},
  ) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options.field ?? options.fieldErrors?.[0]?.field;
    this.fieldErrors = options.fieldErrors ?? [];
    this.params = options.params ?? {};
    this.extensions = options.extensions ?? {};
  }

  get status(): number {
    return errorStatus[this.code];
  }
}
