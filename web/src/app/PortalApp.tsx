import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { Loading } from '../components/Loading.js';
import { useApiQuery } from '../lib/use-api-query.js';
import type { PublicCenter } from '../lib/types.js';
import { HomePage } from '../portal/HomePage.js';
import { NotFoundPage } from '../portal/NotFoundPage.js';
import { PortalLayout } from '../portal/PortalLayout.js';
import { useFocusOnNavigate } from './use-focus-on-navigate.js';

// The benefits wizard loads on demand so the home page's first load stays small.
const BenefitsCheckPage = lazy(() =>
  import('../portal/benefits/BenefitsCheckPage.js').then((m) => ({
    default: m.BenefitsCheckPage,
  })),
);

// Booking and the pages behind the links in its e-mails load on demand too.
const BookingPage = lazy(() =>
  import('../portal/booking/BookingPage.js').then((m) => ({ default: m.BookingPage })),
);
const CancelAppointmentPage = lazy(() =>
  import('../portal/booking/ManagePages.js').then((m) => ({ default: m.CancelAppointmentPage })),
);
const MoveAppointmentPage = lazy(() =>
  import('../portal/booking/ManagePages.js').then((m) => ({ default: m.MoveAppointmentPage })),
);
const WaitlistOfferPage = lazy(() =>
  import('../portal/booking/ManagePages.js').then((m) => ({ default: m.WaitlistOfferPage })),
);

// Cooperation pages: the directory of services, events, and the partner's referral link.
const PublicDirectoryRoutes = lazy(() =>
  import('../portal/directory/PublicDirectoryRoutes.js').then((m) => ({
    default: m.PublicDirectoryRoutes,
  })),
);
const PublicEventRoutes = lazy(() =>
  import('../portal/events/PublicEventRoutes.js').then((m) => ({ default: m.PublicEventRoutes })),
);
const PartnerLinkRoutes = lazy(() =>
  import('../portal/partner/PartnerLinkRoutes.js').then((m) => ({ default: m.PartnerLinkRoutes })),
);

export function PortalApp() {
  const center = useApiQuery<PublicCenter>('/api/public/center');
  useFocusOnNavigate();
  return (
    <PortalLayout center={center.data}>
      <Switch>
        <Route path="/">
          <HomePage center={center} />
        </Route>
        <Route path="/benefits">
          <Suspense fallback={<Loading />}>
            <BenefitsCheckPage center={center.data} />
          </Suspense>
        </Route>
        <Route path="/book">
          <Suspense fallback={<Loading />}>
            <BookingPage center={center.data} />
          </Suspense>
        </Route>
        <Route path="/book/cancel/:id">
          {(params: { id: string }) => (
            <Suspense fallback={<Loading />}>
              <CancelAppointmentPage key={params.id} id={params.id} center={center.data} />
            </Suspense>
          )}
        </Route>
        <Route path="/book/move/:id">
          {(params: { id: string }) => (
            <Suspense fallback={<Loading />}>
              <MoveAppointmentPage key={params.id} id={params.id} center={center.data} />
            </Suspense>
          )}
        </Route>
        <Route path="/book/waitlist/:id">
          {(params: { id: string }) => (
            <Suspense fallback={<Loading />}>
              <WaitlistOfferPage key={params.id} id={params.id} center={center.data} />
            </Suspense>
          )}
        </Route>
        <Route path="/directory" nest>
          <Suspense fallback={<Loading />}>
            <PublicDirectoryRoutes center={center.data} />
          </Suspense>
        </Route>
        <Route path="/events" nest>
          <Suspense fallback={<Loading />}>
            <PublicEventRoutes center={center.data} />
          </Suspense>
        </Route>
        <Route path="/partner" nest>
          <Suspense fallback={<Loading />}>
            <PartnerLinkRoutes center={center.data} />
          </Suspense>
        </Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </PortalLayout>
  );
}
