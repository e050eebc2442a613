import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { PUBLIC_AVAILABILITY } from './booking-stages.js';
import type { PublicType } from './booking-types.js';
import { MonthCalendar } from './MonthCalendar.js';

interface DayStepProps {
  progress: ReactNode;
  back: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  type: PublicType;
  typeName: string;
  day: string | null;
  monthEmpty: boolean;
  onMonthEmpty: (empty: boolean) => void;
  onSelect: (day: string) => void;
  onWaitlist: () => void;
}

/** Step 2: a day with free times, or the waiting list. */
export function DayStep(props: DayStepProps) {
  const { progress, back, headingRef, type, typeName, day, monthEmpty } = props;
  const { t } = useTranslation();
  return (
    <>
      {progress}
      <h1 className="govgr-heading-xl" ref={headingRef} tabIndex={-1}>
        {t('booking.steps.day')}
      </h1>
      <p className="govgr-body">{t('booking.day.intro', { type: typeName })}</p>
      <MonthCalendar
        typeId={type.id}
        endpoint={PUBLIC_AVAILABILITY}
        selected={day}
        onSelect={props.onSelect}
        onMonthLoaded={(_month, free) => props.onMonthEmpty(free === 0)}
      />
      <h2 className="govgr-heading-s">{t('booking.waitlist.question')}</h2>
      <p className="govgr-body">
        {monthEmpty ? t('booking.waitlist.emptyMonth') : t('booking.waitlist.offer')}
      </p>
      <Button variant="secondary" onClick={props.onWaitlist}>
        {t('booking.waitlist.open')}
      </Button>
      {back}
    </>
  );
}
