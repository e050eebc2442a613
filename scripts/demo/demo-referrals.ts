import { pick } from '../../bench/generate/random.js';
import type { Db } from '../../src/db/connection.js';
import { addDays } from '../../src/modules/appointments/calendar/time.js';
import { todayAtCenter } from '../../src/modules/applications/today.js';
import type { Actor } from '../../src/modules/auth/actor.js';
import { insertConsent } from '../../src/modules/gdpr/consents.repository.js';
import { applyStatusChange } from '../../src/modules/referrals/change-referral-status.js';
import { createReferral } from '../../src/modules/referrals/create-referral.js';
import type { LinkSettings } from '../../src/modules/referrals/referral-mail.js';
import { findReferral } from '../../src/modules/referrals/referrals.repository.js';
import type {
  ReferralStatus,
  ReferralUrgency,
} from '../../src/modules/referrals/referrals.tables.js';
import type { SharedCategory } from '../../src/modules/referrals/referrals.vocabulary.js';
import { addTimelineEntry } from '../../src/modules/timeline/timeline.service.js';
import {
  actorOf,
  atWork,
  dayAgo,
  workDaysAfter,
  type DemoStaffMember,
  type DemoWorld,
} from './demo-context.js';
import type { DemoCase } from './demo-casework.js';

type Ending =
  | 'requested'
  | 'received'
  | 'accepted'
  | 'in_progress'
  | 'delivered'
  | 'not_delivered'
  | 'rejected'
  | 'cancelled';

interface Plan {
  ending: Ending;
  /** Days since the referral was made. */
  age: number;
  urgency?: ReferralUrgency;
  /** Days the partner has (else the urgency's default); long services get months. */
  dueDays?: number;
  /** Reason code of a rejection, a cancellation or a service not delivered. */
  reason?: string;
  /** Made by the coordinator without a recorded consent, saying why. */
  override?: boolean;
}

/**
 * Thirty referrals in every state a Center sees, the open ones recent and the closed ones spread
 * over the year. Overdue (still open after their due day): the two old `requested` ones and the
 * urgent `accepted` one.
 */
const plans: Plan[] = [
  { ending: 'requested', age: 2 },
  { ending: 'requested', age: 5, urgency: 'urgent' },
  { ending: 'requested', age: 6, override: true },
  { ending: 'requested', age: 8 },
  { ending: 'requested', age: 22 },
  { ending: 'requested', age: 40 },
  { ending: 'received', age: 4 },
  { ending: 'received', age: 10 },
  { ending: 'accepted', age: 12, dueDays: 60 },
  { ending: 'accepted', age: 25, dueDays: 60 },
  { ending: 'accepted', age: 45, urgency: 'urgent' },
  { ending: 'in_progress', age: 35, dueDays: 180 },
  { ending: 'in_progress', age: 60, dueDays: 180 },
  { ending: 'in_progress', age: 90, dueDays: 180, urgency: 'asap' },
  { ending: 'in_progress', age: 120, dueDays: 180 },
  { ending: 'delivered', age: 70 },
  { ending: 'delivered', age: 100, urgency: 'urgent' },
  { ending: 'delivered', age: 150 },
  { ending: 'delivered', age: 200 },
  { ending: 'delivered', age: 260 },
  { ending: 'delivered', age: 320 },
  { ending: 'delivered', age: 390 },
  { ending: 'not_delivered', age: 80, reason: 'resident_did_not_attend' },
  { ending: 'not_delivered', age: 180, reason: 'resident_declined' },
  { ending: 'not_delivered', age: 300, reason: 'service_unavailable' },
  { ending: 'rejected', age: 50, reason: 'not_eligible' },
  { ending: 'rejected', age: 140, reason: 'no_capacity' },
  { ending: 'rejected', age: 240, reason: 'out_of_area' },
  { ending: 'cancelled', age: 65, reason: 'no_longer_needed' },
  { ending: 'cancelled', age: 210, reason: 'served_elsewhere' },
];

interface Step {
  to: ReferralStatus;
  /** Days after the previous step. */
  after: number;
  reason?: string;
  outcome?: 'delivered' | 'not_delivered';
}

function stepsTo(plan: Plan): Step[] {
  const accepted: Step = { to: 'accepted', after: 2 };
  switch (plan.ending) {
    case 'requested':
      return [];
    case 'received':
      return [{ to: 'received', after: 1 }];
    case 'accepted':
      return [accepted];
    case 'in_progress':
      return [accepted, { to: 'in_progress', after: 7 }];
    case 'delivered':
      return [
        accepted,
        { to: 'in_progress', after: 6 },
        { to: 'completed', after: 25, outcome: 'delivered' },
      ];
    case 'not_delivered':
      return [
        accepted,
        { to: 'completed', after: 15, outcome: 'not_delivered', reason: plan.reason },
      ];
    case 'rejected':
      return [{ to: 'rejected', after: 3, reason: plan.reason }];
    case 'cancelled':
      return [
        { to: 'received', after: 1 },
        { to: 'cancelled', after: 8, reason: plan.reason },
      ];
  }
}

interface Destination {
  serviceId?: string;
  organizationId?: string;
  externalOrganization?: string;
  label: string;
  /** Answered by the partner account (its organization), else recorded by the Center. */
  partner: boolean;
  categories: SharedCategory[];
}

/** The Center's directory services, the partner's first; one organization and one outsider too. */
async function destinations(db: Db, world: DemoWorld, partnerOrganizationId: string) {
  const services = await db
    .selectFrom('directory_services')
    .select(['id', 'name', 'organization_id'])
    .where('center_id', '=', world.centerId)
    .orderBy('name')
    .execute();
  const all: Destination[] = services.map((s) => ({
    serviceId: s.id,
    label: s.name,
    partner: s.organization_id === partnerOrganizationId,
    categories: ['identity', 'contact'],
  }));
  const partner = all.filter((d) => d.partner);
  const others = all.filter((d) => !d.partner);
  const organization = services.find((s) => s.organization_id !== partnerOrganizationId);
  const extra: Destination[] = [
    {
      externalOrganization: 'Σύλλογος Αλληλεγγύης Αμαρουσίου',
      label: 'Σύλλογος Αλληλεγγύης Αμαρουσίου',
      partner: false,
      categories: ['identity', 'contact', 'household'],
    },
  ];
  if (organization) {
    extra.push({
      organizationId: organization.organization_id,
      label: 'οργανισμό του καταλόγου',
      partner: false,
      categories: ['identity', 'identifiers', 'contact'],
    });
  }
  return { partner, others: [...others, ...extra] };
}

/** A case open on the day (its worker refers), or else an adult already known to the Center. */
function referrerFor(world: DemoWorld, cases: readonly DemoCase[], createdAt: Date) {
  const open = cases.filter(
    (c) =>
      c.openedAt.getTime() < createdAt.getTime() - 86_400_000 &&
      (c.closedAt === null || c.closedAt > createdAt),
  );
  if (open.length > 0 && world.rng() < 0.8) {
    const chosen = pick(world.rng, open);
    const worker = world.team.workers[chosen.workerIndex] ?? world.team.coordinator;
    return { residentId: chosen.residentId, caseId: chosen.id, worker };
  }
  const known = world.residents.filter((r) => r.age >= 18 && r.arrivedAt < createdAt);
  const resident = pick(world.rng, known.length > 0 ? known : world.residents);
  return {
    residentId: resident.id,
    caseId: undefined,
    worker: pick(world.rng, world.team.workers),
  };
}

/** The resident's consent to share data with the partner, recorded just before the referral. */
async function recordConsent(
  db: Db,
  world: DemoWorld,
  residentId: string,
  worker: DemoStaffMember,
  at: Date,
) {
  await db.transaction().execute(async (trx) => {
    const row = await insertConsent(trx, {
      center_id: world.centerId,
      resident_id: residentId,
      purpose: 'referral_sharing',
      legal_basis: 'art6_1a_consent',
      status: 'given',
      recorded_by: worker.id,
      recorded_at: at,
    });
    await addTimelineEntry(trx, actorOf(world, worker), {
      residentId,
      kind: 'consent.recorded',
      occurredAt: at,
      sourceId: row.id,
      details: { purpose: row.purpose, legalBasis: row.legal_basis, status: row.status },
    });
  });
}

/**
 * Referrals made and moved through the referrals module itself (`createReferral`, then
 * `applyStatusChange` with the day it happened), so the history rows, closing times, audit,
 * timeline and notifications are what the application writes. Partners have no e-mail in the
 * sample directory, so no partner link is queued.
 */
export async function insertDemoReferrals(
  db: Db,
  world: DemoWorld,
  links: LinkSettings,
  cases: readonly DemoCase[],
  partnerOrganizationId: string,
): Promise<number> {
  const { rng, team } = world;
  const { partner, others } = await destinations(db, world, partnerOrganizationId);
  const consented = new Set<string>();
  // Oldest first, as they happened: a resident's consent precedes all of their referrals.
  const byAge = [...plans].sort((a, b) => b.age - a.age);
  for (const [index, plan] of byAge.entries()) {
    const createdAt = atWork(world, dayAgo(world, plan.age));
    const who = referrerFor(world, cases, createdAt);
    const destination = pick(rng, index % 3 === 0 && partner.length > 0 ? partner : others);
    const actor: Actor = actorOf(world, plan.override ? team.coordinator : who.worker);
    if (!plan.override && !consented.has(who.residentId)) {
      await recordConsent(
        db,
        world,
        who.residentId,
        who.worker,
        new Date(createdAt.getTime() - 20 * 60_000),
      );
      consented.add(who.residentId);
    }
    const urgency = plan.urgency ?? 'routine';
    const id = await createReferral(
      db,
      actor,
      links,
      {
        residentId: who.residentId,
        caseId: who.caseId,
        serviceId: destination.serviceId,
        organizationId: destination.organizationId,
        externalOrganization: destination.externalOrganization,
        reason: `Ο ωφελούμενος χρειάζεται: ${destination.label}.`,
        urgency,
        sharedCategories: destination.categories,
        dueOn: plan.dueDays ? addDays(todayAtCenter(createdAt), plan.dueDays) : undefined,
        ownerId: plan.override ? who.worker.id : undefined,
        consentOverrideReason: plan.override
          ? 'Συναίνεση δόθηκε προφορικά στο τηλέφωνο· το έντυπο υπογράφεται στην επόμενη επίσκεψη.'
          : undefined,
      },
      createdAt,
    );
    let at = createdAt;
    for (const step of stepsTo(plan)) {
      at = workDaysAfter(world, at, step.after * (0.7 + rng() * 0.6));
      const byPartner = destination.partner && step.to !== 'cancelled';
      const mover = byPartner ? team.partner : who.worker;
      await db.transaction().execute(async (trx) => {
        const row = await findReferral(trx, world.centerId, id, { lock: true });
        if (!row) throw new Error('demo referral vanished');
        await applyStatusChange(
          trx,
          actorOf(world, mover),
          row,
          { status: step.to, reason: step.reason, outcome: step.outcome },
          { side: byPartner ? 'partner' : 'center', actorKind: 'staff', now: at },
        );
      });
    }
  }
  return plans.length;
}
