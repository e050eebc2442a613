import { useTranslation } from 'react-i18next';

/** The visible mark of shipped example entries: «Δείγμα / Sample data». */
export function SampleTag() {
  const { t } = useTranslation();
  return <strong className="govgr-tag__gray kt-tag">{t('directory.sample')}</strong>;
}
