import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type FieldMessage } from '../lib/form-errors.js';

/** GOV.GR error summary: focused when it appears, each message links to its field. */
export function ErrorSummary({ messages }: { messages: FieldMessage[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (messages.length > 0) ref.current?.focus();
  }, [messages]);

  if (messages.length === 0) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
    const target = document.getElementById(fieldId(field));
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: 'center' });
    }
  }

  return (
    <div
      className="govgr-error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 className="govgr-heading-m" id="error-summary-title">
        {t('common.errorSummaryTitle')}
      </h2>
      <ul className="govgr-list">
        {messages.map((m, i) => (
          <li key={`${m.field ?? ''}-${i}`}>
            {m.field ? (
              <a
                className="govgr-link"
                href={`#${fieldId(m.field)}`}
                onClick={(e) => focusField(e, m.field ?? '')}
              >
                {m.message}
              </a>
            ) : (
              m.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
