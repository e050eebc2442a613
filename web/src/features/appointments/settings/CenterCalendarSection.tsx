import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import { useSubmit } from '../../../lib/use-submit.js';
import { removeEntry } from '../api/settings.js';
import type { CalendarYear } from '../appointment-types.js';
import { ClosuresSection } from './ClosuresSection.js';
import { OverridesSection } from './OverridesSection.js';

/** This year's Center calendar: closures and one-off changes, sharing one error summary. */
export function CenterCalendarSection() {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const calendar = useApiQuery<CalendarYear>(`/api/calendar?year=${year}`);
  const submit = useSubmit();

  async function remove(kind: 'calendar/closures' | 'calendar/overrides', id: string) {
    await submit.run(() => removeEntry(kind, id));
    calendar.reload();
  }

  return (
    <section aria-labelledby="calendar-heading">
      <h2 className="govgr-heading-l" id="calendar-heading">
        {t('appointments.settings.calendar', { year })}
      </h2>
      <ErrorSummary messages={submit.messages} />
      <ClosuresSection
        closures={calendar.data?.closures ?? []}
        submit={submit}
        onChanged={calendar.reload}
        onRemove={(id) => remove('calendar/closures', id)}
      />
      <OverridesSection
        overrides={calendar.data?.overrides ?? []}
        submit={submit}
        onChanged={calendar.reload}
        onRemove={(id) => remove('calendar/overrides', id)}
      />
    </section>
  );
}
