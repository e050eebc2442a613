import { useTranslation } from 'react-i18next';

/** Names the other language in that language, so «English» is announced in English. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'el' : 'en';
  return (
    <button
      type="button"
      lang={next}
      className="govgr-btn govgr-btn-secondary kt-lang-switch"
      onClick={() => void i18n.changeLanguage(next)}
    >
      {t('common.otherLanguage')}
    </button>
  );
}
