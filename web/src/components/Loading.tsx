import { useTranslation } from 'react-i18next';

/** A polite live region so screen readers hear that content is on its way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="kt-loading">
      <div className="govgr-loader__container" aria-hidden="true">
        <svg className="govgr-loader govgr-loader--small" viewBox="0 0 300 300">
          <circle
            className="govgr-loader__circle govgr-loader__circle--1"
            cx="150"
            cy="150"
            r="75"
          />
          <circle
            className="govgr-loader__circle govgr-loader__circle--2"
            cx="150"
            cy="150"
            r="75"
          />
        </svg>
      </div>
      <p className="govgr-body">{t('common.loading')}</p>
    </div>
  );
}
