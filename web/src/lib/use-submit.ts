import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from './api.js';
import {
  problemMessages,
  toFieldErrors,
  type FieldErrors,
  type FieldMessage,
} from './form-errors.js';

export interface Submit {
  messages: FieldMessage[];
  fieldErrors: FieldErrors;
  submitting: boolean;
  /** Shows client-side validation messages; returns true when there are none. */
  validate: (messages: FieldMessage[]) => boolean;
  /** Runs a server call, turning a problem+json answer into messages. */
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  clear: () => void;
}

export function useSubmit(): Submit {
  const { t } = useTranslation();
  const [messages, setMessages] = useState<FieldMessage[]>([]);
  const [submitting, setSubmitting] = useState(false);

  function validate(found: FieldMessage[]): boolean {
    setMessages(found);
    return found.length === 0;
  }

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setSubmitting(true);
    try {
      const result = await action();
      setMessages([]);
      return result;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status === 0) {
        setMessages([{ message: t('common.unreachable') }]);
      } else if (apiError.status === 403 && !apiError.problem.detail) {
        setMessages([{ message: t('common.forbidden') }]);
      } else {
        setMessages(problemMessages(apiError, t('common.genericError')));
      }
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }

  return {
    messages,
    fieldErrors: toFieldErrors(messages),
    submitting,
    validate,
    run,
    clear: () => setMessages([]),
  };
}
