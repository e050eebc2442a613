import { Route, Switch } from 'wouter';
import type { PublicCenter } from '../../lib/types.js';
import { NotFoundPage } from '../NotFoundPage.js';
import { EventListPage } from './EventListPage.js';
import { EventPage } from './EventPage.js';
import { OfferPage, RegistrationLinkPage } from './LinkPages.js';
import './events.css';

/** Public pages nested under /events (loaded on demand). */
export function PublicEventRoutes({ center }: { center: PublicCenter | undefined }) {
  void center;
  return (
    <Switch>
      <Route path="/">
        <EventListPage />
      </Route>
      <Route path="/offer/:id">
        {(params: { id: string }) => <OfferPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/registration/:id">
        {(params: { id: string }) => <RegistrationLinkPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/:id">
        {(params: { id: string }) => <EventPage key={params.id} id={params.id} />}
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
