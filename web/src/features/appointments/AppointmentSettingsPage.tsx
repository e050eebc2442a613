import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { CenterCalendarSection } from './settings/CenterCalendarSection.js';
import { StaffScheduleSection } from './settings/StaffScheduleSection.js';
import { TypesSection } from './settings/TypesSection.js';

/** Types, working hours, absences and the Center's calendar (appointments.manage). */
export function AppointmentSettingsPage() {
  const { t } = useTranslation();
  const title = t('appointments.settings.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <p className="govgr-body">
        <Link className="govgr-link" href="/appointments">
          {t('appointments.backToAgenda')}
        </Link>
      </p>
      <TypesSection />
      <StaffScheduleSection />
      <CenterCalendarSection />
    </>
  );
}
