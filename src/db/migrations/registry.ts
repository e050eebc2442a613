import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as residents from './0002-residents.js';
import * as timeline from './0003-timeline.js';
import * as residentsRegistry from './0004-residents-registry.js';
import * as households from './0005-households.js';
import * as casesRequests from './0006-cases-requests.js';
import * as counseling from './0007-counseling.js';
import * as documentsGdpr from './0008-documents-gdpr.js';
import * as benefitPrograms from './0009-benefit-programs.js';
import * as screeningsOutreach from './0010-screenings-outreach.js';
import * as applications from './0011-applications.js';
import * as calendarAppointments from './0012-calendar-appointments.js';
import * as booking from './0013-booking.js';
import * as messaging from './0014-messaging.js';
import * as directory from './0015-directory.js';
import * as referrals from './0016-referrals.js';
import * as events from './0017-events.js';
import * as reports from './0018-reports.js';

/**
 * Migrations in order. Listed in code (not discovered on disk) so the same set runs from the
 * TypeScript sources under tsx and from the compiled build.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-residents': residents,
  '0003-timeline': timeline,
  '0004-residents-registry': residentsRegistry,
  '0005-households': households,
  '0006-cases-requests': casesRequests,
  '0007-counseling': counseling,
  '0008-documents-gdpr': documentsGdpr,
  '0009-benefit-programs': benefitPrograms,
  '0010-screenings-outreach': screeningsOutreach,
  '0011-applications': applications,
  '0012-calendar-appointments': calendarAppointments,
  '0013-booking': booking,
  '0014-messaging': messaging,
  '0015-directory': directory,
  '0016-referrals': referrals,
  '0017-events': events,
  '0018-reports': reports,
};
