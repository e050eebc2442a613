import { useTranslation } from 'react-i18next';
import { ResidentAppointmentsSection } from '../appointments/ResidentAppointmentsSection.js';
import { BenefitsSection } from '../benefits/BenefitsSection.js';
import { ResidentCasesSection } from '../cases/ResidentCasesSection.js';
import { CounselingSection } from '../counseling/CounselingSection.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { DocumentsSection } from '../documents/DocumentsSection.js';
import { GdprSection } from '../gdpr/GdprSection.js';
import { HouseholdSection } from '../households/HouseholdSection.js';
import { ResidentRequestsSection } from '../requests/ResidentRequestsSection.js';
import { DetailsSection } from './DetailsSection.js';
import type { FileTab } from './file-tabs.js';
import { HistorySection } from './HistorySection.js';
import { MergeSection } from './MergeSection.js';
import type { ResidentView } from './resident-types.js';
import { TimelineSection } from './TimelineSection.js';

interface FileSectionProps {
  tab: FileTab;
  resident: ResidentView;
  onResident: (r: ResidentView) => void;
}

/**
 * The resident's file composes the sections other features own; it is the one place where the
 * residents feature reaches into its neighbours (like the app layer would).
 */
export function FileSection({ tab, resident, onResident }: FileSectionProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const id = resident.id;
  return (
    <section aria-labelledby="file-section-heading" className="kt-file-section">
      <h2 className="govgr-heading-l" id="file-section-heading">
        {t(`residents.tab.${tab}`)}
      </h2>
      {tab === 'timeline' ? <TimelineSection residentId={id} /> : null}
      {tab === 'details' ? (
        <>
          <DetailsSection resident={resident} onSaved={onResident} />
          {/* Keyed by version: a save or a merge shows the new history at once. */}
          <HistorySection key={resident.version} residentId={id} />
          {hasPermission(session, 'residents.merge') ? (
            <MergeSection resident={resident} onMerged={onResident} />
          ) : null}
        </>
      ) : null}
      {tab === 'household' ? <HouseholdSection resident={resident} /> : null}
      {tab === 'benefits' ? <BenefitsSection residentId={id} /> : null}
      {tab === 'cases' ? <ResidentCasesSection residentId={id} /> : null}
      {tab === 'requests' ? <ResidentRequestsSection residentId={id} /> : null}
      {tab === 'appointments' ? <ResidentAppointmentsSection residentId={id} /> : null}
      {tab === 'counseling' ? <CounselingSection residentId={id} /> : null}
      {tab === 'documents' ? <DocumentsSection residentId={id} /> : null}
      {tab === 'gdpr' ? <GdprSection residentId={id} /> : null}
    </section>
  );
}
