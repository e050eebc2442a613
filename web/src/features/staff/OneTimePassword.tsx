import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface OneTimePasswordProps {
  intro: string;
  password: string;
}

/** Shown once, right after the server made it; it is not kept anywhere else in the page. */
export function OneTimePassword({ intro, password }: OneTimePasswordProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [password]);
  return (
    <div
      className="govgr-notification-banner govgr-notification-banner--success"
      role="region"
      aria-labelledby="otp-title"
      tabIndex={-1}
      ref={ref}
    >
      <div className="govgr-notification-banner__header">
        <h2 className="govgr-notification-banner__title" id="otp-title">
          {t('staffAdmin.otpTitle')}
        </h2>
      </div>
      <div className="govgr-notification-banner__content">
        <p className="govgr-body">{intro}</p>
        <p className="govgr-body kt-secret" data-testid="one-time-password">
          {password}
        </p>
        <p className="govgr-body govgr-!-font-weight-bold">{t('staffAdmin.otpWarning')}</p>
      </div>
    </div>
  );
}
