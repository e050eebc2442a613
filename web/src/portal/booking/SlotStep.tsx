import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PUBLIC_AVAILABILITY } from './booking-stages.js';
import type { PublicType, Slot } from './booking-types.js';
import { formatDay } from './dates.js';
import { SlotList } from './SlotList.js';

interface SlotStepProps {
  progress: ReactNode;
  back: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  type: PublicType;
  typeName: string;
  day: string;
  slot: Slot | null;
  onSelect: (slot: Slot) => void;
}

/** Step 3: a free time on the chosen day, with any staff member. */
export function SlotStep(props: SlotStepProps) {
  const { progress, back, headingRef, type, typeName, day, slot, onSelect } = props;
  const { t, i18n } = useTranslation();
  return (
    <>
      {progress}
      <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
        {t('booking.steps.slot')}
      </h1>
      <p className="govgr-body">
        {t('booking.slot.intro', { day: formatDay(day, i18n.language), type: typeName })}
      </p>
      <p className="govgr-hint">{t('booking.slot.anyStaff')}</p>
      <SlotList
        typeId={type.id}
        day={day}
        endpoint={PUBLIC_AVAILABILITY}
        selected={slot}
        onSelect={onSelect}
      />
      {back}
    </>
  );
}
