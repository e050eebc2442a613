import type { ReactNode, SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'id'> {
  id: string;
  label: ReactNode;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Hide the visible label (it stays for screen readers), e.g. inside a table row. */
  hideLabel?: boolean;
}

export function Select(props: SelectProps) {
  const { id, label, value, options, onChange, error, hideLabel, ...rest } = props;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'govgr-field govgr-field__error' : 'govgr-field'}>
      <label className="govgr-label" htmlFor={id}>
        <span className={hideLabel ? 'govgr-visually-hidden' : undefined}>{label}</span>
        {error ? (
          <span className="govgr-error-message" id={errorId}>
            {error}
          </span>
        ) : null}
      </label>
      <select
        id={id}
        name={id}
        className={error ? 'govgr-select govgr-error-input' : 'govgr-select'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
