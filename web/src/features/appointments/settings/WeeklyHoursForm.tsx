import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Select } from '../../../components/Select.js';
import { TextField } from '../../../components/TextField.js';
import { useSubmit } from '../../../lib/use-submit.js';
import { saveWeeklyHours } from '../api/settings.js';
import type { WeeklyHour } from '../appointment-types.js';

/** One staff member's weekly working hours, edited as rows and saved together. */
export function WeeklyHoursForm(props: {
  staffId: string;
  initial: WeeklyHour[];
  onSaved: () => void;
}) {
  const { staffId, initial, onSaved } = props;
  const { t } = useTranslation();
  const submit = useSubmit();
  const [rows, setRows] = useState<WeeklyHour[]>(initial);
  const weekdays = [1, 2, 3, 4, 5, 6, 7];
  const patch = (i: number, change: Partial<WeeklyHour>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...change } : r)));

  async function onSaveHours(event: FormEvent) {
    event.preventDefault();
    const saved = await submit.run(() => saveWeeklyHours(staffId, rows));
    if (saved) onSaved();
  }

  return (
    <>
      <ErrorSummary messages={submit.messages} />
      <form noValidate onSubmit={(e) => void onSaveHours(e)}>
        {rows.map((row, i) => (
          <div className="kt-inline-actions" key={`${i}-${row.weekday}`}>
            <Select
              id={`hours-${i}-weekday`}
              label={t('appointments.settings.weekday')}
              value={String(row.weekday)}
              onChange={(v) => patch(i, { weekday: Number(v) })}
              options={weekdays.map((w) => ({ value: String(w), label: t(`weekday.${w}`) }))}
            />
            <TextField
              id={`hours-${i}-starts`}
              type="time"
              label={t('appointments.settings.starts')}
              value={row.starts}
              onChange={(v) => patch(i, { starts: v })}
            />
            <TextField
              id={`hours-${i}-ends`}
              type="time"
              label={t('appointments.settings.ends')}
              value={row.ends}
              onChange={(v) => patch(i, { ends: v })}
            />
            <Button
              variant="secondary"
              onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
            >
              {t('appointments.settings.removeRow')}
            </Button>
          </div>
        ))}
        <div className="govgr-button-group kt-inline-actions">
          <Button
            variant="secondary"
            onClick={() => setRows((rs) => [...rs, { weekday: 1, starts: '09:00', ends: '15:00' }])}
          >
            {t('appointments.settings.addRow')}
          </Button>
          <Button type="submit" disabled={submit.submitting}>
            {t('appointments.settings.saveHours')}
          </Button>
        </div>
      </form>
    </>
  );
}
