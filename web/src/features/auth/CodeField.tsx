import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField.js';

interface CodeFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** The 6-digit code of an authenticator app. */
export function CodeField({ value, onChange, error }: CodeFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      id="code"
      label={t('auth.code')}
      value={value}
      onChange={(v) => onChange(v.replace(/\s+/g, ''))}
      error={error}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      pattern="[0-9]{6}"
      widthClass="govgr-input--width-10"
    />
  );
}

export function isSixDigits(code: string): boolean {
  return /^\d{6}$/.test(code);
}
