import { Route, Switch } from 'wouter';
import type { ReactNode } from 'react';
import { Forbidden } from '../../components/LoadError.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { DirectoryListPage } from './DirectoryListPage.js';
import { OrganizationFormPage } from './OrganizationForm.js';
import { OrganizationPage } from './OrganizationPage.js';
import { ServiceFormPage } from './ServiceForm.js';
import { ServicePage } from './ServicePage.js';

/** Forms only for those who may change the directory; others are told why. */
function ManagersOnly({ children }: { children: ReactNode }) {
  const { session } = useSession();
  return hasPermission(session, 'directory.manage') ? <>{children}</> : <Forbidden />;
}

/** Routes of this section, nested under /staff/directory (owned by the directory feature). */
export function DirectoryRoutes() {
  return (
    <Switch>
      <Route path="/">
        <DirectoryListPage />
      </Route>
      <Route path="/services/new">
        <ManagersOnly>
          <ServiceFormPage id={null} />
        </ManagersOnly>
      </Route>
      <Route path="/services/:id/edit">
        {(params: { id: string }) => (
          <ManagersOnly>
            <ServiceFormPage key={params.id} id={params.id} />
          </ManagersOnly>
        )}
      </Route>
      <Route path="/services/:id">
        {(params: { id: string }) => <ServicePage key={params.id} id={params.id} />}
      </Route>
      <Route path="/organizations/new">
        <ManagersOnly>
          <OrganizationFormPage id={null} />
        </ManagersOnly>
      </Route>
      <Route path="/organizations/:id/edit">
        {(params: { id: string }) => (
          <ManagersOnly>
            <OrganizationFormPage key={params.id} id={params.id} />
          </ManagersOnly>
        )}
      </Route>
      <Route path="/organizations/:id">
        {(params: { id: string }) => <OrganizationPage key={params.id} id={params.id} />}
      </Route>
    </Switch>
  );
}
