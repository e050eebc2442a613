import { Redirect, Route, Router, Switch } from 'wouter';
import { Loading } from '../components/Loading.js';
import { AccountPage } from '../features/account/AccountPage.js';
import { AppointmentSettingsPage } from '../features/appointments/AppointmentSettingsPage.js';
import { AppointmentsPage } from '../features/appointments/AppointmentsPage.js';
import { AuditPage } from '../features/audit/AuditPage.js';
import { TasksPage } from '../features/applications/TasksPage.js';
import { CatalogEntryPage } from '../features/benefits/CatalogEntryPage.js';
import { CatalogPage } from '../features/benefits/CatalogPage.js';
import { OutreachPage } from '../features/benefits/OutreachPage.js';
import { ParametersPage } from '../features/benefits/ParametersPage.js';
import { useSession } from '../features/auth/session-context.js';
import { SessionProvider } from '../features/auth/SessionProvider.js';
import { SignInPage } from '../features/auth/SignInPage.js';
import { SettingsPage } from '../features/centers/SettingsPage.js';
import { StaffPage } from '../features/staff/StaffPage.js';
import { CasePage } from '../features/cases/CasePage.js';
import { CasesPage } from '../features/cases/CasesPage.js';
import { NotificationsPage } from '../features/notifications/NotificationsPage.js';
import { NewSessionPage } from '../features/counseling/NewSessionPage.js';
import { LogRequestPage } from '../features/requests/LogRequestPage.js';
import { NewResidentPage } from '../features/residents/NewResidentPage.js';
import { ReceptionDeskPage } from '../features/residents/ReceptionDeskPage.js';
import { ResidentFilePage } from '../features/residents/ResidentFilePage.js';
import { DirectoryRoutes } from '../features/directory/DirectoryRoutes.js';
import { EventRoutes } from '../features/events/EventRoutes.js';
import { PartnerRoutes } from '../features/referrals/PartnerRoutes.js';
import { ReferralRoutes } from '../features/referrals/ReferralRoutes.js';
import { ReportRoutes } from '../features/reports/ReportRoutes.js';
import { NotFoundPage } from '../portal/NotFoundPage.js';
import { RequirePermission } from './RequirePermission.js';
import { StaffHomePage } from './StaffHomePage.js';
import { StaffLayout } from './StaffLayout.js';
import { useFocusOnNavigate } from './use-focus-on-navigate.js';

function SignedInRoutes() {
  const { session } = useSession();
  if (session === undefined) return <Loading />;
  if (session === null || session.stage !== 'active') return <Redirect to="/sign-in" />;
  return (
    <Switch>
      <Route path="/">
        <StaffHomePage />
      </Route>
      <Route path="/staff">
        <RequirePermission permission="staff.read">
          <StaffPage />
        </RequirePermission>
      </Route>
      <Route path="/settings">
        <RequirePermission permission="center.settings.read">
          <SettingsPage />
        </RequirePermission>
      </Route>
      <Route path="/audit">
        <RequirePermission permission="audit.read">
          <AuditPage />
        </RequirePermission>
      </Route>
      <Route path="/residents">
        <RequirePermission permission="residents.read">
          <ReceptionDeskPage />
        </RequirePermission>
      </Route>
      <Route path="/residents/new">
        <RequirePermission permission="residents.write">
          <NewResidentPage />
        </RequirePermission>
      </Route>
      <Route path="/residents/:id/:tab?">
        {(params: { id: string; tab?: string }) => (
          <RequirePermission permission="residents.read">
            <ResidentFilePage key={params.id} id={params.id} tab={params.tab} />
          </RequirePermission>
        )}
      </Route>
      <Route path="/requests/new">
        <RequirePermission permission="requests.write">
          <LogRequestPage />
        </RequirePermission>
      </Route>
      <Route path="/cases">
        <RequirePermission permission="cases.read">
          <CasesPage />
        </RequirePermission>
      </Route>
      <Route path="/cases/:id">
        {(params: { id: string }) => (
          <RequirePermission permission="cases.read">
            <CasePage key={params.id} id={params.id} />
          </RequirePermission>
        )}
      </Route>
      <Route path="/counseling/new">
        <RequirePermission permission="counseling.sessions.write">
          <NewSessionPage />
        </RequirePermission>
      </Route>
      <Route path="/benefits">
        <RequirePermission permission="benefits.read">
          <CatalogPage />
        </RequirePermission>
      </Route>
      <Route path="/benefits/parameters">
        <RequirePermission permission="benefits.read">
          <ParametersPage />
        </RequirePermission>
      </Route>
      <Route path="/benefits/:code">
        {(params: { code: string }) => (
          <RequirePermission permission="benefits.read">
            <CatalogEntryPage key={params.code} code={params.code} />
          </RequirePermission>
        )}
      </Route>
      <Route path="/tasks">
        <RequirePermission permission="applications.read">
          <TasksPage />
        </RequirePermission>
      </Route>
      <Route path="/outreach">
        <RequirePermission permission="benefits.outreach">
          <OutreachPage />
        </RequirePermission>
      </Route>
      <Route path="/appointments">
        <RequirePermission permission="appointments.read">
          <AppointmentsPage />
        </RequirePermission>
      </Route>
      <Route path="/appointments/settings">
        <RequirePermission permission="appointments.manage">
          <AppointmentSettingsPage />
        </RequirePermission>
      </Route>
      <Route path="/directory" nest>
        <RequirePermission permission="directory.read">
          <DirectoryRoutes />
        </RequirePermission>
      </Route>
      <Route path="/referrals" nest>
        <RequirePermission permission="referrals.read">
          <ReferralRoutes />
        </RequirePermission>
      </Route>
      <Route path="/partner" nest>
        <RequirePermission permission="referrals.partner">
          <PartnerRoutes />
        </RequirePermission>
      </Route>
      <Route path="/events" nest>
        <RequirePermission permission="events.read">
          <EventRoutes />
        </RequirePermission>
      </Route>
      <Route path="/reports" nest>
        <RequirePermission permission="reports.read">
          <ReportRoutes />
        </RequirePermission>
      </Route>
      <Route path="/notifications">
        <NotificationsPage />
      </Route>
      <Route path="/account">
        <AccountPage />
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}

function StaffRoutes() {
  const { session } = useSession();
  useFocusOnNavigate();
  return (
    <StaffLayout>
      <Switch>
        <Route path="/sign-in">{session === undefined ? <Loading /> : <SignInPage />}</Route>
        <Route>
          <SignedInRoutes />
        </Route>
      </Switch>
    </StaffLayout>
  );
}

/** The staff back office lives under /staff; every route inside is relative to it. */
export function StaffApp() {
  return (
    <SessionProvider>
      <Router base="/staff">
        <StaffRoutes />
      </Router>
    </SessionProvider>
  );
}
