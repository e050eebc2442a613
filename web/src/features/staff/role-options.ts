import type { TFunction } from 'i18next';
import type { SelectOption } from '../../components/Select.js';
import { ROLES } from '../auth/session-types.js';

export function roleOptions(t: TFunction): SelectOption[] {
  return ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}
