import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import { localized } from '../../../lib/types.js';
import type { AppointmentType } from '../appointment-types.js';

export function TypeList(props: {
  items: AppointmentType[];
  onEdit: (type: AppointmentType) => void;
}) {
  const { items, onEdit } = props;
  const { t, i18n } = useTranslation();
  return (
    <ul className="govgr-list" data-testid="types-list">
      {items.map((type) => (
        <li key={type.id}>
          {`${localized(type.name, i18n.language)} · ${t('common.minutes', { count: type.durationMinutes })} · ${t(`booking.mode.${type.mode}`)}`}
          {type.public ? ` · ${t('appointments.settings.public')}` : ''}
          {type.active ? '' : ` · ${t('appointments.settings.inactive')}`}{' '}
          <Button variant="link" onClick={() => onEdit(type)}>
            {t('appointments.settings.edit')}
            <span className="govgr-visually-hidden"> {localized(type.name, i18n.language)}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
