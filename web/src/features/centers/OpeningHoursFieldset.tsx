import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox.js';
import { TextField } from '../../components/TextField.js';
import { fieldId, type FieldErrors } from '../../lib/form-errors.js';
import { WEEKDAYS, type DayDraft } from './settings-draft.js';

interface OpeningHoursFieldsetProps {
  hours: Record<number, DayDraft>;
  onChange: (day: number, value: DayDraft) => void;
  errors: FieldErrors;
  readOnly: boolean;
}

export function OpeningHoursFieldset({
  hours,
  onChange,
  errors,
  readOnly,
}: OpeningHoursFieldsetProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="govgr-fieldset" disabled={readOnly}>
      <legend className="govgr-fieldset__legend govgr-heading-m">{t('settings.hours')}</legend>
      {WEEKDAYS.map((day) => {
        const h = hours[day] ?? { open: false, opens: '', closes: '' };
        const name = t(`weekday.${day}`);
        return (
          <div key={day} className="kt-hours">
            <Checkbox
              id={fieldId(`hours.${day}.open`)}
              label={t('settings.openOn', { day: name })}
              checked={h.open}
              onChange={(open) =>
                onChange(
                  day,
                  open && !h.opens ? { open, opens: '08:00', closes: '16:00' } : { ...h, open },
                )
              }
            />
            {h.open ? (
              <>
                <TextField
                  id={fieldId(`hours.${day}.opens`)}
                  type="time"
                  label={t('settings.opens', { day: name })}
                  value={h.opens}
                  onChange={(opens) => onChange(day, { ...h, opens })}
                  error={errors[`hours.${day}.opens`]}
                />
                <TextField
                  id={fieldId(`hours.${day}.closes`)}
                  type="time"
                  label={t('settings.closes', { day: name })}
                  value={h.closes}
                  onChange={(closes) => onChange(day, { ...h, closes })}
                  error={errors[`hours.${day}.closes`]}
                />
              </>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
