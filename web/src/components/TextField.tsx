import type { InputHTMLAttributes, ReactNode } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'id'> {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  widthClass?: string;
}

/** A labelled input; its hint and error are tied to it with aria-describedby. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, hint, error, widthClass, className, ...rest } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const inputClasses = ['govgr-input', widthClass, error ? 'govgr-error-input' : '', className]
    .filter(Boolean)
    .join(' ');
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
      <input
        id={id}
        name={id}
        className={inputClasses}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
    </div>
  );
}
