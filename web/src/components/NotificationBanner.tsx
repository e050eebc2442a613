import type { ReactNode } from 'react';

interface NotificationBannerProps {
  title: string;
  success?: boolean;
  children: ReactNode;
  testId?: string;
}

export function NotificationBanner({ title, success, children, testId }: NotificationBannerProps) {
  const classes = success
    ? 'govgr-notification-banner govgr-notification-banner--success'
    : 'govgr-notification-banner';
  return (
    <div
      className={classes}
      role={success ? 'status' : 'region'}
      aria-label={title}
      data-testid={testId}
    >
      <div className="govgr-notification-banner__header">
        <p className="govgr-notification-banner__title">{title}</p>
      </div>
      <div className="govgr-notification-banner__content">{children}</div>
    </div>
  );
}
