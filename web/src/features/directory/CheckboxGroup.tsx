import { Checkbox } from '../../components/Checkbox.js';

interface CheckboxGroupProps {
  id: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
}

/** A fieldset of checkboxes for a list of codes (categories, languages, locations). */
export function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
  error,
}: CheckboxGroupProps) {
  return (
    <div className={error ? 'govgr-field govgr-field__error' : 'govgr-field'}>
      <fieldset
        className="govgr-fieldset"
        id={id}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend className="govgr-fieldset__legend govgr-heading-s">{legend}</legend>
        {error ? (
          <p className="govgr-error-message" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <div className="govgr-checkboxes">
          {options.map((option) => (
            <Checkbox
              key={option.value}
              id={`${id}-${option.value.replace(/[^A-Za-z0-9_-]/g, '-')}`}
              label={option.label}
              checked={selected.includes(option.value)}
              onChange={(on) =>
                onChange(
                  on
                    ? options
                        .map((o) => o.value)
                        .filter((v) => v === option.value || selected.includes(v))
                    : selected.filter((v) => v !== option.value),
                )
              }
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
