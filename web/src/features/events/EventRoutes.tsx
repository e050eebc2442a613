import { Route, Switch } from 'wouter';
import { RequirePermission } from '../../app/RequirePermission.js';
import { CheckInPage } from './CheckInPage.js';
import { EventDetailPage } from './EventDetailPage.js';
import { EditEventPage, EventForm } from './EventForm.js';
import { EventListPage } from './EventListPage.js';

/** Routes of this section, nested under /staff/events (owned by the events feature). */
export function EventRoutes() {
  return (
    <Switch>
      <Route path="/">
        <EventListPage />
      </Route>
      <Route path="/new">
        <RequirePermission permission="events.manage">
          <EventForm />
        </RequirePermission>
      </Route>
      <Route path="/:id/edit">
        {(params: { id: string }) => (
          <RequirePermission permission="events.manage">
            <EditEventPage key={params.id} id={params.id} />
          </RequirePermission>
        )}
      </Route>
      <Route path="/:id/check-in">
        {(params: { id: string }) => (
          <RequirePermission permission="events.register">
            <CheckInPage key={params.id} id={params.id} />
          </RequirePermission>
        )}
      </Route>
      <Route path="/:id">
        {(params: { id: string }) => <EventDetailPage key={params.id} id={params.id} />}
      </Route>
    </Switch>
  );
}
