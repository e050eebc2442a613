import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import { useSubmit } from '../../lib/use-submit.js';
import { login } from './api/login.js';
import type { SessionView } from './session-types.js';

interface LoginFormProps {
  askCenter: boolean;
  onSignedIn: (session: SessionView) => void;
}

export function LoginForm({ askCenter, onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const [center, setCenter] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldMessage[] = [];
    if (askCenter && !center.trim())
      missing.push({ field: 'center', message: t('common.required', { field: t('auth.center') }) });
    if (!username.trim())
      missing.push({
        field: 'username',
        message: t('common.required', { field: t('auth.username') }),
      });
    if (!password)
      missing.push({
        field: 'password',
        message: t('common.required', { field: t('auth.password') }),
      });
    if (!submit.validate(missing)) return;
    const input = {
      username: username.trim(),
      password,
      ...(askCenter ? { center: center.trim() } : {}),
    };
    const session = await submit.run(() => login(input));
    if (session) onSignedIn(session);
  }

  return (
    <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary messages={submit.messages} />
      {askCenter ? (
        <TextField
          id="center"
          label={t('auth.center')}
          hint={t('auth.centerHint')}
          value={center}
          onChange={setCenter}
          error={errors.center}
          autoComplete="organization"
          widthClass="govgr-input--width-20"
        />
      ) : null}
      <TextField
        id="username"
        label={t('auth.username')}
        value={username}
        onChange={setUsername}
        error={errors.username}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        widthClass="govgr-input--width-20"
      />
      <TextField
        id="password"
        type="password"
        label={t('auth.password')}
        value={password}
        onChange={setPassword}
        error={errors.password}
        autoComplete="current-password"
        widthClass="govgr-input--width-20"
      />
      <Button type="submit" disabled={submit.submitting}>
        {t('auth.signIn')}
      </Button>
    </form>
  );
}
