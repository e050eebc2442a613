import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { TextField } from '../../components/TextField.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import { useSubmit } from '../../lib/use-submit.js';
import type { Role } from '../auth/session-types.js';
import { createStaff } from './api/create-staff.js';
import { usePartnerOrganizations } from './api/list-partner-organizations.js';
import { roleOptions } from './role-options.js';
import type { StaffView } from './staff-types.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function CreateStaffForm({
  onCreated,
}: {
  onCreated: (staff: StaffView, otp: string) => void;
}) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('reception');
  const [organizationId, setOrganizationId] = useState('');
  const organizations = usePartnerOrganizations();
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FieldMessage[] = [];
    if (!username.trim())
      found.push({
        field: 'username',
        message: t('common.required', { field: t('staffAdmin.username') }),
      });
    if (!displayName.trim())
      found.push({
        field: 'displayName',
        message: t('common.required', { field: t('staffAdmin.displayName') }),
      });
    if (role === 'partner' && !organizationId)
      found.push({
        field: 'partnerOrganizationId',
        message: t('common.required', { field: t('staffAdmin.partnerOrganization') }),
      });
    if (email.trim() && !EMAIL.test(email.trim()))
      found.push({ field: 'email', message: t('settings.emailInvalid') });
    if (!submit.validate(found)) return;
    const input = {
      username: username.trim(),
      displayName: displayName.trim(),
      role,
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(role === 'partner' ? { partnerOrganizationId: organizationId } : {}),
    };
    const result = await submit.run(() => createStaff(input));
    if (!result) return;
    setUsername('');
    setDisplayName('');
    setEmail('');
    onCreated(result.staff, result.oneTimePassword);
  }

  return (
    <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary messages={submit.messages} />
      <TextField
        id="username"
        label={t('staffAdmin.username')}
        value={username}
        onChange={setUsername}
        error={errors.username}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        widthClass="govgr-input--width-20"
      />
      <TextField
        id="displayName"
        label={t('staffAdmin.displayName')}
        value={displayName}
        onChange={setDisplayName}
        error={errors.displayName}
        autoComplete="off"
      />
      <TextField
        id="email"
        type="email"
        label={t('staffAdmin.email')}
        value={email}
        onChange={setEmail}
        error={errors.email}
        autoComplete="off"
      />
      <Select
        id="role"
        label={t('staffAdmin.role')}
        value={role}
        options={roleOptions(t)}
        onChange={(v) => setRole(v as Role)}
        error={errors.role}
      />
      {role === 'partner' ? (
        <Select
          id="partnerOrganizationId"
          label={t('staffAdmin.partnerOrganization')}
          value={organizationId}
          options={[
            { value: '', label: t('common.choose') },
            ...(organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
          onChange={setOrganizationId}
          error={errors.partnerOrganizationId}
        />
      ) : null}
      <Button type="submit" disabled={submit.submitting}>
        {t('staffAdmin.create')}
      </Button>
    </form>
  );
}
