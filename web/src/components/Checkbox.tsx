import type { ReactNode } from 'react';

interface CheckboxProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

export function Checkbox({ id, label, checked, onChange, disabled }: CheckboxProps) {
  return (
    <div className="govgr-checkboxes__item">
      <input
        id={id}
        name={id}
        type="checkbox"
        className="govgr-checkboxes__input"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="govgr-checkboxes__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
