import { useTranslation } from 'react-i18next';
import type { PeriodMode } from './report-query.js';

const MODES: PeriodMode[] = ['year', 'month', 'custom'];

/** Year, month or a range of days: radios, so the choice is one keystroke away. */
export function PeriodModeField({
  value,
  onChange,
}: {
  value: PeriodMode;
  onChange: (mode: PeriodMode) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="govgr-field">
      <fieldset className="govgr-fieldset">
        <legend className="govgr-fieldset__legend govgr-heading-s">
          {t('reports.filters.period')}
        </legend>
        <div className="govgr-radios govgr-radios--inline">
          {MODES.map((mode) => (
            <div key={mode} className="govgr-radios__item">
              <label className="govgr-radios__label" htmlFor={`report-mode-${mode}`}>
                <input
                  id={`report-mode-${mode}`}
                  name="report-mode"
                  type="radio"
                  className="govgr-radios__input"
                  value={mode}
                  checked={value === mode}
                  onChange={() => onChange(mode)}
                />
                {t(`reports.filters.mode.${mode}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
