import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Select } from '../../../components/Select.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import { useSubmit } from '../../../lib/use-submit.js';
import { useColleagues } from '../../staff/api/list-colleagues.js';
import type { WeeklyHour } from '../appointment-types.js';
import { AbsencesSection } from './AbsencesSection.js';
import { useAbsences } from './use-absences.js';
import { WeeklyHoursForm } from './WeeklyHoursForm.js';

/** One staff member at a time: weekly working hours and absences. */
export function StaffScheduleSection() {
  const { t } = useTranslation();
  const colleagues = useColleagues();
  const [staffId, setStaffId] = useState('');
  const hours = useApiQuery<{ hours: WeeklyHour[] }>(
    `/api/staff/${encodeURIComponent(staffId || 'none')}/weekly-hours`,
  );
  const submit = useSubmit();
  const absences = useAbsences(staffId, submit);
  const loadedHours = staffId && !hours.loading ? hours.data : undefined;

  return (
    <section aria-labelledby="schedule-heading">
      <h2 className="govgr-heading-l" id="schedule-heading">
        {t('appointments.settings.schedule')}
      </h2>
      <Select
        id="schedule-staff"
        label={t('appointments.staff')}
        value={staffId}
        onChange={setStaffId}
        options={[
          { value: '', label: t('common.choose') },
          ...(colleagues.data?.items ?? []).map((c) => ({ value: c.id, label: c.displayName })),
        ]}
      />
      <ErrorSummary messages={submit.messages} />
      {staffId ? (
        <>
          <h3 className="govgr-heading-m">{t('appointments.settings.weeklyHours')}</h3>
          {loadedHours ? (
            <WeeklyHoursForm
              key={`${staffId}-${JSON.stringify(loadedHours.hours)}`}
              staffId={staffId}
              initial={loadedHours.hours}
              onSaved={hours.reload}
            />
          ) : null}
          <AbsencesSection absences={absences} submit={submit} />
        </>
      ) : null}
    </section>
  );
}
