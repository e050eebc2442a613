import type { ApiError } from './api.js';

export interface FieldMessage {
  /** Dotted path of the field, e.g. `address.postcode`; absent for errors about the whole form. */
  field?: string;
  message: string;
}

export type FieldErrors = Record<string, string>;

/** The id of the input that shows a dotted field path: `address.city.el` → `address-city-el`. */
export function fieldId(field: string): string {
  return field.replace(/[^A-Za-z0-9_-]+/g, '-');
}

function stripBody(field: string): string {
  return field.replace(/^body\./, '').replace(/^body$/, '');
}

/**
 * Turns a server problem into messages for the error summary and the fields.
 * The server has already localized `detail` and each `message`.
 */
export function problemMessages(error: ApiError, fallback: string): FieldMessage[] {
  const { problem } = error;
  if (problem.errors && problem.errors.length > 0) {
    return problem.errors.map((e) => {
      const field = stripBody(e.field);
      return field ? { field, message: e.message } : { message: e.message };
    });
  }
  const message = problem.detail ?? problem.title ?? fallback;
  const field = problem.field ? stripBody(problem.field) : '';
  return [field ? { field, message } : { message }];
}

export function toFieldErrors(messages: FieldMessage[]): FieldErrors {
  const result: FieldErrors = {};
  for (const m of messages) {
    if (m.field && !(m.field in result)) result[m.field] = m.message;
  }
  return result;
}
