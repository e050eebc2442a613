import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import { useSubmit } from '../../lib/use-submit.js';
import { changePassword } from './api/change-password.js';
import type { SessionView } from './session-types.js';

interface PasswordChangeFormProps {
  submitLabel: string;
  onChanged: (session: SessionView) => void;
}

/** Asks for the current password every time: it is never prefilled. */
export function PasswordChangeForm({ submitLabel, onChanged }: PasswordChangeFormProps) {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FieldMessage[] = [];
    const required = (field: string, value: string, label: string) => {
      if (!value) found.push({ field, message: t('common.required', { field: t(label) }) });
    };
    required('currentPassword', currentPassword, 'auth.currentPassword');
    required('newPassword', newPassword, 'auth.newPassword');
    required('repeatPassword', repeat, 'auth.repeatPassword');
    if (newPassword && repeat && newPassword !== repeat)
      found.push({ field: 'repeatPassword', message: t('auth.passwordsDiffer') });
    if (!submit.validate(found)) return;
    const session = await submit.run(() => changePassword({ currentPassword, newPassword }));
    if (session) {
      setCurrent('');
      setNew('');
      setRepeat('');
      onChanged(session);
    }
  }

  return (
    <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary messages={submit.messages} />
      <TextField
        id="currentPassword"
        type="password"
        label={t('auth.currentPassword')}
        value={currentPassword}
        onChange={setCurrent}
        error={errors.currentPassword}
        autoComplete="current-password"
        widthClass="govgr-input--width-20"
      />
      <TextField
        id="newPassword"
        type="password"
        label={t('auth.newPassword')}
        hint={t('auth.newPasswordHint')}
        value={newPassword}
        onChange={setNew}
        error={errors.newPassword}
        autoComplete="new-password"
        widthClass="govgr-input--width-20"
      />
      <TextField
        id="repeatPassword"
        type="password"
        label={t('auth.repeatPassword')}
        value={repeat}
        onChange={setRepeat}
        error={errors.repeatPassword}
        autoComplete="new-password"
        widthClass="govgr-input--width-20"
      />
      <Button type="submit" disabled={submit.submitting}>
        {submitLabel}
      </Button>
    </form>
  );
}
