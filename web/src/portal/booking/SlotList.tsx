import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { toApiError, type ApiError } from '../../lib/api.js';
import { dayAvailability } from './booking-api.js';
import type { Slot } from './booking-types.js';
import { formatDay, formatTime } from './dates.js';

interface SlotListProps {
  typeId: string;
  day: string;
  endpoint: string;
  selected: Slot | null;
  onSelect: (slot: Slot) => void;
  /** Each staff member's own slots (staff view); otherwise one button per time, anyone free. */
  staffName?: (staffId: string) => string;
  /** Only this person's slots. */
  staffId?: string;
}

/** The free times of a day, in the Center's time (Europe/Athens). */
export function SlotList(props: SlotListProps) {
  const { typeId, day, endpoint, selected, onSelect, staffName, staffId } = props;
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ key: string; slots?: Slot[]; error?: ApiError }>({
    key: '',
  });
  const key = `${endpoint}|${typeId}|${day}`;

  useEffect(() => {
    const controller = new AbortController();
    dayAvailability(endpoint, typeId, day).then(
      (view) => {
        if (!controller.signal.aborted) setState({ key, slots: view.slots });
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setState({ key, error: toApiError(e) });
      },
    );
    return () => controller.abort();
  }, [endpoint, typeId, day, key]);

  if (state.key !== key) return <Loading />;
  if (state.error) return <LoadError error={state.error} />;
  const all = (state.slots ?? []).filter((s) => !staffId || s.staffId === staffId);
  const shown = staffName
    ? all
    : all.filter((s, i) => all.findIndex((o) => o.startsAt === s.startsAt) === i);
  const heading = t('booking.slot.forDay', { day: formatDay(day, i18n.language) });
  if (shown.length === 0) {
    return <p className="govgr-body">{t('booking.slot.none')}</p>;
  }
  return (
    <ul className="kt-slots" aria-label={heading} data-testid="slots">
      {shown.map((slot) => {
        const isSelected =
          selected?.startsAt === slot.startsAt && (!staffName || selected.staffId === slot.staffId);
        const time = formatTime(slot.startsAt, i18n.language);
        return (
          <li key={`${slot.startsAt}-${staffName ? slot.staffId : ''}`}>
            <button
              type="button"
              className={
                isSelected
                  ? 'govgr-btn govgr-btn-primary kt-slots__slot'
                  : 'govgr-btn govgr-btn-secondary kt-slots__slot'
              }
              aria-pressed={isSelected}
              onClick={() => onSelect(slot)}
            >
              {staffName ? `${time} · ${staffName(slot.staffId)}` : time}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
