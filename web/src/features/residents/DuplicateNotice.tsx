import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { formatAddress, fullName, type ResidentSummary } from './resident-types.js';

export function ExistingResidentNotice({ existingId }: { existingId: string }) {
  const { t } = useTranslation();
  return (
    <NotificationBanner title={t('residents.duplicateTitle')} testId="duplicate-resident">
      <p className="govgr-body">{t('residents.duplicateText')}</p>
      <Link href={`/residents/${existingId}`} className="govgr-link">
        {t('residents.openExisting')}
      </Link>
    </NotificationBanner>
  );
}

interface PossibleDuplicatesProps {
  candidates: ResidentSummary[];
  busy: boolean;
  onConfirm: () => void;
}

/** Similar files already exist: open one of them, or say it is nobody of these and save. */
export function PossibleDuplicates({ candidates, busy, onConfirm }: PossibleDuplicatesProps) {
  const { t } = useTranslation();
  return (
    <NotificationBanner title={t('residents.possibleTitle')} testId="possible-duplicates">
      <p className="govgr-body">{t('residents.possibleText')}</p>
      <ul className="govgr-list govgr-list--bullet">
        {candidates.map((c) => (
          <li key={c.id}>
            <Link href={`/residents/${c.id}`} className="govgr-link">
              {fullName(c)}
            </Link>{' '}
            {[
              c.fatherName ? t('residents.fatherOf', { name: c.fatherName }) : '',
              c.birthDate ?? '',
              formatAddress(c.address),
            ]
              .filter(Boolean)
              .join(' · ')}
          </li>
        ))}
      </ul>
      <Button variant="secondary" disabled={busy} onClick={onConfirm}>
        {t('residents.noneOfThem')}
      </Button>
    </NotificationBanner>
  );
}
