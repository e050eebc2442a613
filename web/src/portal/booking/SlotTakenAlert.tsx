import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import type { Slot } from './booking-types.js';
import { formatSlot } from './dates.js';

/** The chosen time was taken meanwhile: the nearest free times, if any. */
export function SlotTakenAlert(props: { alternatives: Slot[]; onChoose: (slot: Slot) => void }) {
  const { alternatives, onChoose } = props;
  const { t, i18n } = useTranslation();
  return (
    <div className="govgr-error-summary" role="alert" data-testid="slot-taken">
      <h2 className="govgr-heading-m">{t('booking.taken.title')}</h2>
      {alternatives.length > 0 ? (
        <>
          <p className="govgr-body">{t('booking.taken.alternatives')}</p>
          <ul className="kt-slots">
            {alternatives.map((a) => (
              <li key={`${a.startsAt}-${a.staffId}`}>
                <Button variant="secondary" className="kt-slots__slot" onClick={() => onChoose(a)}>
                  {formatSlot(a.startsAt, i18n.language)}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="govgr-body">{t('booking.taken.none')}</p>
      )}
    </div>
  );
}
