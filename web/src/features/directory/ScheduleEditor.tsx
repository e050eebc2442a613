import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { TextField } from '../../components/TextField.js';
import { WEEKDAYS } from './directory-types.js';

export interface ScheduleDraft {
  byday: string[];
  opensAt: string;
  closesAt: string;
  /** Not edited here; kept as imported. */
  validFrom: string | null;
  validTo: string | null;
  description: string;
}

interface ScheduleEditorProps {
  rows: ScheduleDraft[];
  onChange: (rows: ScheduleDraft[]) => void;
  errors: Record<string, string>;
}

/** Weekly hours: days, opening and closing time, a note ("by appointment"). */
export function ScheduleEditor({ rows, onChange, errors }: ScheduleEditorProps) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<ScheduleDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="govgr-fieldset">
      <legend className="govgr-fieldset__legend govgr-heading-s">
        {t('directory.fields.hours')}
      </legend>
      {rows.map((row, index) => {
        const label = `${t('directory.form.hours')} ${index + 1}`;
        return (
          <fieldset key={index} className="govgr-fieldset">
            <legend className="govgr-fieldset__legend">{label}</legend>
            <div className="govgr-checkboxes kt-hours">
              {WEEKDAYS.map((day) => (
                <Checkbox
                  key={day}
                  id={`schedules-${index}-${day}`}
                  label={t(`directory.weekdayShort.${day}`)}
                  checked={row.byday.includes(day)}
                  onChange={(on) =>
                    change(index, {
                      byday: on
                        ? WEEKDAYS.filter((d) => d === day || row.byday.includes(d))
                        : row.byday.filter((d) => d !== day),
                    })
                  }
                />
              ))}
            </div>
            <div className="kt-inline-actions">
              <TextField
                id={`schedules-${index}-opensAt`}
                type="time"
                label={t('directory.fields.opensAt')}
                value={row.opensAt}
                error={errors[`schedules.${index}.opensAt`]}
                onChange={(opensAt) => change(index, { opensAt })}
              />
              <TextField
                id={`schedules-${index}-closesAt`}
                type="time"
                label={t('directory.fields.closesAt')}
                value={row.closesAt}
                error={errors[`schedules.${index}.closesAt`]}
                onChange={(closesAt) => change(index, { closesAt })}
              />
            </div>
            <TextField
              id={`schedules-${index}-description`}
              label={t('directory.fields.scheduleNote')}
              value={row.description}
              onChange={(description) => change(index, { description })}
            />
            <Button
              variant="secondary"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              {t('directory.form.remove', { item: label })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        onClick={() =>
          onChange([
            ...rows,
            {
              byday: [],
              opensAt: '',
              closesAt: '',
              validFrom: null,
              validTo: null,
              description: '',
            },
          ])
        }
      >
        {t('directory.form.add', { item: t('directory.form.hours') })}
      </Button>
    </fieldset>
  );
}
