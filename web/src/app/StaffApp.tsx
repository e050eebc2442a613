import { Redirect, Route, Router, Switch } from 'wouter';
import { Loading } from '../components/Loading.js';
import { AccountPage } from '../features/account/AccountPage.js';
import { AuditPage } from '../features/audit/AuditPage.js';
import { useSession } from '../features/auth/session-context.js';
import { SessionProvider } from '../features/auth/SessionProvider.js';
import { SignInPage } from '../features/auth/SignInPage.js';
import { SettingsPage } from '../features/centers/SettingsPage.js';
import { StaffPage } from '../features/staff/StaffPage.js';
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
