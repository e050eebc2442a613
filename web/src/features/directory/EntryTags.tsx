import { useTranslation } from 'react-i18next';
import { SampleTag } from './SampleTag.js';

/** Sample data, shared with every Center, or kept by another Center (read only). */
export function EntryTags({
  entry,
}: {
  entry: {
    sample: boolean;
    shared?: boolean | undefined;
    own?: boolean | undefined;
    status?: string;
  };
}) {
  const { t } = useTranslation();
  return (
    <p className="govgr-body">
      {entry.sample ? <SampleTag /> : null}
      {entry.own === false ? (
        <strong className="govgr-tag__gray kt-tag">{t('directory.tags.otherCenter')}</strong>
      ) : entry.shared ? (
        <strong className="govgr-tag__gray kt-tag">{t('directory.tags.shared')}</strong>
      ) : null}
      {entry.status && entry.status !== 'active' ? (
        <strong className="govgr-tag__gray kt-tag">
          {t(`directory.status.${entry.status.replace(' ', '_')}`)}
        </strong>
      ) : null}
    </p>
  );
}
