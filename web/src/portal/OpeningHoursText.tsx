import { useTranslation } from 'react-i18next';
import { groupOpeningHours } from '../lib/opening-hours.js';
import type { OpeningHours } from '../lib/types.js';

interface OpeningHoursTextProps {
  hours: OpeningHours[];
  byAppointment: boolean;
}

/** «Δευτέρα–Παρασκευή 08:00–16:00, κατόπιν ραντεβού» */
export function OpeningHoursText({ hours, byAppointment }: OpeningHoursTextProps) {
  const { t } = useTranslation();
  const groups = groupOpeningHours(hours);
  if (groups.length === 0) return <p className="govgr-body">{t('portal.noHours')}</p>;
  return (
    <ul className="govgr-list">
      {groups.map((g, i) => {
        const days =
          g.firstDay === g.lastDay
            ? t(`weekday.${g.firstDay}`)
            : `${t(`weekday.${g.firstDay}`)}–${t(`weekday.${g.lastDay}`)}`;
        const suffix =
          byAppointment && i === groups.length - 1 ? `, ${t('portal.byAppointment')}` : '';
        return (
          <li key={`${g.firstDay}-${g.opens}`} className="govgr-list__item">
            {`${days} ${g.opens}–${g.closes}${suffix}`}
          </li>
        );
      })}
    </ul>
  );
}
