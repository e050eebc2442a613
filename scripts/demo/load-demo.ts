import { performance } from 'node:perf_hooks';
import { createRng } from '../../bench/generate/random.js';
import type { Db } from '../../src/db/connection.js';
import type { KeyRing } from '../../src/lib/crypto.js';
import { recordAudit } from '../../src/modules/audit/audit.service.js';
import { findFirstCenter } from '../../src/modules/centers/centers.repository.js';
import { seedSampleDirectory } from '../../src/modules/directory/sample-directory.js';
import { insertDemoApplications, insertDemoCases, insertDemoCounseling } from './demo-casework.js';
import type { DemoWorld } from './demo-context.js';
import { insertDemoAppointments, insertDemoRequests } from './demo-desk.js';
import { insertDemoEvents } from './demo-events.js';
import { insertDemoReferrals } from './demo-referrals.js';
import { insertDemoResidents } from './demo-residents.js';
import { findPartnerOrganization, insertDemoStaff, type DemoAccount } from './demo-staff.js';

export interface DemoOptions {
  keyRing: KeyRing;
  /** Origin of links (PUBLIC_URL); the demo queues no e-mail, so none is sent. */
  origin: string;
  reminderHoursBefore: number;
  residents?: number;
  now?: Date;
  log?: (message: string) => void;
}

export interface DemoCounts {
  residents: number;
  households: number;
  requests: number;
  appointments: number;
  cases: number;
  applications: number;
  counselingSessions: number;
  referrals: number;
  events: number;
  eventRegistrations: number;
  eventAttended: number;
  directoryOrganizations: number;
}

export type DemoResult =
  | {
      loaded: true;
      centerSlug: string;
      partnerOrganization: string;
      accounts: DemoAccount[];
      counts: DemoCounts;
    }
  | { loaded: false; reason: string };

/**
 * A Center to try Koinotita with: staff of every role (a partner account tied to a directory
 * organization), residents with ESF+ facts, and about 14 months of work — requests,
 * appointments, cases, applications, counseling sessions, referrals in every state, events with
 * registrations, a waitlist and attendance — so the dashboard and every list have something to
 * show. Only into a Center with no residents and no staff but its administrator, so invented
 * people never mix with a Center's real files.
 *
 * The people and their history commit in one transaction; referrals and events then go through
 * their modules' services, one transaction each (those services own their transactions).
 */
export async function loadDemo(db: Db, options: DemoOptions): Promise<DemoResult> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
  const center = await findFirstCenter(db);
  if (!center) throw new Error('No Center in the database');
  const resident = await db
    .selectFrom('residents')
    .select('id')
    .where('center_id', '=', center.id)
    .limit(1)
    .executeTakeFirst();
  const staff = await db
    .selectFrom('staff')
    .select('id')
    .where('center_id', '=', center.id)
    .execute();
  if (resident || staff.length > 1) {
    return {
      loaded: false,
      reason: 'The database already has residents or staff: demo data only goes into a fresh one.',
    };
  }
  const started = performance.now();
  const step = (label: string) => log(`  ${label} (${Math.round(performance.now() - started)} ms)`);

  // A Center made before the directory existed has no sample entries yet (a no-op otherwise).
  await seedSampleDirectory(db, center.id);
  const partnerOrganization = await findPartnerOrganization(db, center.id);
  const rng = createRng('koinotita-demo-activity');

  const { accounts, world, cases, counts } = await db.transaction().execute(async (trx) => {
    const { accounts, team } = await insertDemoStaff(trx, center.id, partnerOrganization);
    const residents = await insertDemoResidents(trx, center.id, options.residents ?? 300, rng, now);
    const world: DemoWorld = {
      centerId: center.id,
      timezone: center.timezone,
      now,
      rng,
      team,
      residents,
    };
    step('staff and residents');
    const requests = await insertDemoRequests(trx, world);
    const appointments = await insertDemoAppointments(trx, world);
    step('requests and appointments');
    const cases = await insertDemoCases(trx, world);
    const applications = await insertDemoApplications(trx, world);
    const counselingSessions = await insertDemoCounseling(trx, world);
    step('cases, applications and counseling');
    return {
      accounts,
      world,
      cases,
      counts: { requests, appointments, applications, counselingSessions },
    };
  });

  const links = { keyRing: options.keyRing, origin: options.origin };
  const referrals = await insertDemoReferrals(db, world, links, cases, partnerOrganization.id);
  step('referrals');
  const events = await insertDemoEvents(db, world, options.keyRing, options.reminderHoursBefore);
  step('events');

  const organizations = await db
    .selectFrom('directory_organizations')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('center_id', '=', center.id)
    .executeTakeFirstOrThrow();
  const all: DemoCounts = {
    residents: world.residents.length,
    households: new Set(world.residents.map((r) => r.household)).size,
    ...counts,
    cases: cases.length,
    referrals,
    events: events.events,
    eventRegistrations: events.registrations,
    eventAttended: events.attended,
    directoryOrganizations: Number(organizations.n),
  };
  // The audit chain's lock is transaction-scoped: the entry is appended in a transaction.
  await db.transaction().execute((trx) =>
    recordAudit(
      trx,
      { centerId: center.id, staffId: null, role: null, ip: null },
      {
        action: 'demo.load',
        entity: 'center',
        recordId: center.id,
        details: { staff: accounts.length, ...all },
      },
    ),
  );
  return {
    loaded: true,
    centerSlug: center.slug,
    partnerOrganization: partnerOrganization.name,
    accounts,
    counts: all,
  };
}
