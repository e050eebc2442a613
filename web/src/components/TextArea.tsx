import type { ReactNode, TextareaHTMLAttributes } from 'react';

interface TextAreaProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'onChange' | 'id'
> {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled textarea; its hint and error are tied to it with aria-describedby. */
export function TextArea(props: TextAreaProps) {
  const { id, label, value, onChange, hint, error, ...rest } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'govgr-field govgr-field__error' : 'govgr-field'}>
      <label className="govgr-label" htmlFor={id}>
        <span>{label}</span>
        {hint ? (
          <span className="govgr-hint" id={hintId}>
            {hint}
          </span>
        ) : null}
        {error ? (
          <span className="govgr-error-message" id={errorId}>
            {error}
          </span>
        ) : null}
      </label>
      <textarea
        id={id}
        name={id}
        className={error ? 'govgr-textarea govgr-error-input' : 'govgr-textarea'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
    </div>
  );
}
