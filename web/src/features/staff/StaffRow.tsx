import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Select } from '../../components/Select.js';
import type { Role } from '../auth/session-types.js';
import { usePartnerOrganizations } from './api/list-partner-organizations.js';
import { roleOptions } from './role-options.js';
import type { StaffView } from './staff-types.js';

export interface StaffRowActions {
  /** `partnerOrganizationId` when the new role is `partner` (a partner belongs to one). */
  changeRole: (staff: StaffView, role: Role, partnerOrganizationId?: string) => void;
  toggleStatus: (staff: StaffView) => void;
  resetPassword: (staff: StaffView) => void;
  resetTotp: (staff: StaffView) => void;
}

interface StaffRowProps {
  staff: StaffView;
  canUpdate: boolean;
  busy: boolean;
  actions: StaffRowActions;
  formatTime: (iso: string) => string;
}

export function StaffRow({ staff, canUpdate, busy, actions, formatTime }: StaffRowProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(staff.role);
  const [organizationId, setOrganizationId] = useState('');
  const becomesPartner = role === 'partner' && staff.role !== 'partner';
  const forUser = (
    <span className="govgr-visually-hidden">
      {' '}
      {t('staffAdmin.forUser', { username: staff.username })}
    </span>
  );
  const cell = 'govgr-table__cell';
  return (
    <tr className="govgr-table__row">
      <td className={cell} data-label={t('staffAdmin.username')}>
        {staff.username}
      </td>
      <td className={cell} data-label={t('staffAdmin.displayName')}>
        {staff.displayName}
      </td>
      <td className={cell} data-label={t('staffAdmin.role')}>
        {t(`roles.${staff.role}`, { defaultValue: staff.role })}
      </td>
      <td className={cell} data-label={t('staffAdmin.status')}>
        {staff.status === 'active' ? t('staffAdmin.statusActive') : t('staffAdmin.statusDisabled')}
      </td>
      <td className={cell} data-label={t('staffAdmin.totp')}>
        {staff.totpEnabled ? t('staffAdmin.totpOn') : t('staffAdmin.totpOff')}
      </td>
      <td className={cell} data-label={t('staffAdmin.lastSignIn')}>
        {staff.lastSignInAt ? formatTime(staff.lastSignInAt) : t('staffAdmin.never')}
      </td>
      {canUpdate ? (
        <td className={cell} data-label={t('staffAdmin.actions')}>
          <div className="kt-inline-actions">
            <Select
              id={`role-${staff.id}`}
              label={t('staffAdmin.changeRole', { username: staff.username })}
              hideLabel
              value={role}
              options={roleOptions(t)}
              onChange={(v) => setRole(v as Role)}
            />
            {becomesPartner ? (
              <PartnerOrganizationSelect
                id={`partner-organization-${staff.id}`}
                username={staff.username}
                value={organizationId}
                onChange={setOrganizationId}
              />
            ) : null}
            <Button
              variant="secondary"
              disabled={busy || role === staff.role || (becomesPartner && !organizationId)}
              onClick={() =>
                actions.changeRole(staff, role, becomesPartner ? organizationId : undefined)
              }
            >
              {t('staffAdmin.saveRole')}
              {forUser}
            </Button>
          </div>
          <div className="kt-inline-actions">
            <Button variant="secondary" disabled={busy} onClick={() => actions.toggleStatus(staff)}>
              {staff.status === 'active' ? t('staffAdmin.disable') : t('staffAdmin.enable')}
              {forUser}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => actions.resetPassword(staff)}
            >
              {t('staffAdmin.resetPassword')}
              {forUser}
            </Button>
            {staff.totpEnabled ? (
              <Button variant="secondary" disabled={busy} onClick={() => actions.resetTotp(staff)}>
                {t('staffAdmin.resetTotp')}
                {forUser}
              </Button>
            ) : null}
          </div>
        </td>
      ) : null}
    </tr>
  );
}

function PartnerOrganizationSelect(props: {
  id: string;
  username: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const organizations = usePartnerOrganizations();
  return (
    <Select
      id={props.id}
      label={`${t('staffAdmin.partnerOrganization')} (${props.username})`}
      hideLabel
      value={props.value}
      options={[
        { value: '', label: t('staffAdmin.partnerOrganization') },
        ...(organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
      ]}
      onChange={props.onChange}
    />
  );
}
