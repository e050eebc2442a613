import { pick } from '../../bench/generate/random.js';
import type { Db } from '../../src/db/connection.js';
import type { KeyRing } from '../../src/lib/crypto.js';
import {
  addDays,
  isoWeekday,
  localDayOf,
  localToInstant,
} from '../../src/modules/appointments/calendar/time.js';
import { createEvent, publishEvent } from '../../src/modules/events/event-admin.service.js';
import type { EventInput } from '../../src/modules/events/events.schemas.js';
import { lockEvent, type EventRow } from '../../src/modules/events/events.repository.js';
import { registerPerson, type Person } from '../../src/modules/events/register-person.js';
import { recordAttendance } from '../../src/modules/events/registration-changes.js';
import type { RegistrationRow } from '../../src/modules/events/registrations.repository.js';
import { systemActor } from '../../src/modules/events/waitlist-offers.js';
import { actorOf, type DemoResident, type DemoWorld } from './demo-context.js';

interface EventPlan {
  titleEl: string;
  titleEn: string;
  descriptionEl: string;
  /** Days from today: negative in the past. */
  inDays: number;
  /** Local start, minutes after midnight; two hours long. */
  startMinute: number;
  capacity: number;
  residents: number;
  guests: number;
  status: 'draft' | 'published';
}

/**
 * Three past events with their attendance (the second was full and had a waitlist), one
 * upcoming with registration open, full with three waiting, and one still in draft.
 */
const plans: EventPlan[] = [
  {
    titleEl: 'Ενημέρωση για το Ελάχιστο Εγγυημένο Εισόδημα',
    titleEn: 'Briefing on the Guaranteed Minimum Income',
    descriptionEl: 'Ποιος δικαιούται, ποια δικαιολογητικά χρειάζονται και πώς γίνεται η αίτηση.',
    inDays: -300,
    startMinute: 18 * 60,
    capacity: 30,
    residents: 18,
    guests: 4,
    status: 'published',
  },
  {
    titleEl: 'Εργαστήρι ψηφιακών δεξιοτήτων για ηλικιωμένους',
    titleEn: 'Digital skills workshop for older people',
    descriptionEl: 'Χρήση του gov.gr και ηλεκτρονική συνταγογράφηση, με τα δικά σας κινητά.',
    inDays: -150,
    startMinute: 10 * 60,
    capacity: 15,
    residents: 14,
    guests: 4,
    status: 'published',
  },
  {
    titleEl: 'Ενημέρωση για το επίδομα θέρμανσης',
    titleEn: 'Briefing on the heating allowance',
    descriptionEl: 'Οι προθεσμίες της χρονιάς και βοήθεια με την αίτηση.',
    inDays: -45,
    startMinute: 18 * 60,
    capacity: 40,
    residents: 22,
    guests: 5,
    status: 'published',
  },
  {
    titleEl: 'Ομάδα υποστήριξης γονέων',
    titleEn: 'Parents support group',
    descriptionEl: 'Συνάντηση με την ψυχολόγο του Κέντρου για γονείς παιδιών σχολικής ηλικίας.',
    inDays: 10,
    startMinute: 18 * 60,
    capacity: 12,
    residents: 11,
    guests: 4,
    status: 'published',
  },
  {
    titleEl: 'Καλοκαιρινές δράσεις για παιδιά',
    titleEn: 'Summer activities for children',
    descriptionEl: 'Πρόγραμμα δημιουργικής απασχόλησης· οι λεπτομέρειες συμπληρώνονται.',
    inDays: 40,
    startMinute: 10 * 60,
    capacity: 40,
    residents: 0,
    guests: 0,
    status: 'draft',
  },
];

const guestNames = [
  'Ευάγγελος Μαυρίδης',
  'Χρυσούλα Δημάκη',
  'Αναστασία Λαμπράκη',
  'Παναγιώτης Σταθόπουλος',
  'Ιφιγένεια Κουτσούκου',
];

const HOUR_MS = 3_600_000;

/** The start of a plan: a weekday `inDays` from today, in the Center's zone. */
function startOf(world: DemoWorld, plan: EventPlan): Date {
  let day = addDays(localDayOf(world.now.getTime(), world.timezone), plan.inDays);
  while (isoWeekday(day) > 5) day = addDays(day, plan.inDays < 0 ? -1 : 1);
  return new Date(localToInstant(day, plan.startMinute, world.timezone));
}

function inputOf(world: DemoWorld, plan: EventPlan): EventInput {
  const startsAt = startOf(world, plan);
  // The upcoming event is open now; a past one opened a month before it.
  const opensAt =
    plan.inDays > 0
      ? new Date(world.now.getTime() - 5 * 24 * HOUR_MS)
      : new Date(startsAt.getTime() - 30 * 24 * HOUR_MS);
  return {
    titleEl: plan.titleEl,
    titleEn: plan.titleEn,
    descriptionEl: plan.descriptionEl,
    place: 'Κέντρο Κοινότητας, αίθουσα εκδηλώσεων',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR_MS).toISOString(),
    capacity: plan.capacity,
    registrationOpensAt: opensAt.toISOString(),
    registrationClosesAt: new Date(startsAt.getTime() - 2 * HOUR_MS).toISOString(),
  };
}

interface Registrant {
  person: Person;
  /** Registered by the desk (a resident) or through the public form (a guest). */
  byDesk: boolean;
}

function registrantsOf(world: DemoWorld, plan: EventPlan, opensAt: Date): Registrant[] {
  const known = world.residents.filter((r) => r.age >= 18 && r.arrivedAt < opensAt);
  const chosen = new Set<DemoResident>();
  while (chosen.size < Math.min(plan.residents, known.length)) chosen.add(pick(world.rng, known));
  const residents = [...chosen].map((r) => ({
    byDesk: true,
    person: {
      name: r.name,
      // No e-mail: the demo queues no mail; the desk registers by phone or by file.
      email: null,
      phone: r.mobilePhone,
      residentId: r.id,
      language: 'el' as const,
      source: 'staff' as const,
      consentAt: null,
    },
  }));
  const guests = guestNames.slice(0, plan.guests).map((name, i) => ({
    byDesk: false,
    person: {
      name,
      email: null,
      // Invented numbers of one pattern, so they are easy to recognise as demo data.
      phone: `+30699900${Math.abs(plan.inDays) % 10}${String(i).padStart(3, '0')}`,
      residentId: null,
      language: 'el' as const,
      source: 'public' as const,
      consentAt: opensAt,
    },
  }));
  // Guests arrive among the residents, not all at the end.
  return [...residents, ...guests].sort(() => world.rng() - 0.5);
}

/**
 * Registrations in arrival order through `registerPerson` (the seat or, when the capacity CHECK
 * refuses it, the waitlist), then for a past event the attendance of most who held a seat.
 * The events module stamps timeline entries with the clock, so entries of a past event are moved
 * to the days they happened.
 */
async function registerAndAttend(
  db: Db,
  world: DemoWorld,
  keyRing: KeyRing,
  reminderHoursBefore: number,
  event: EventRow,
  plan: EventPlan,
): Promise<{ registrations: number; attended: number }> {
  const past = plan.inDays < 0;
  const opensAt = event.registration_opens_at;
  const people = registrantsOf(world, plan, opensAt);
  const span = event.registration_closes_at.getTime() - opensAt.getTime();
  return db.transaction().execute(async (trx) => {
    const locked = await lockEvent(trx, world.centerId, event.id);
    if (!locked) throw new Error('demo event vanished');
    const rows: { row: RegistrationRow; at: Date }[] = [];
    for (const [i, { person, byDesk }] of people.entries()) {
      const at = past
        ? new Date(opensAt.getTime() + ((i + 1) / (people.length + 1)) * span)
        : world.now;
      const actor = byDesk ? actorOf(world, world.team.reception) : systemActor(world.centerId);
      const ctx = { keyRing, origin: null, now: at, reminderHoursBefore };
      const { row } = await registerPerson(trx, actor, ctx, locked, person);
      rows.push({ row, at });
      if (past) await moveTimeline(trx, world.centerId, row.id, at);
    }
    let attended = 0;
    if (past) {
      const attendedAt = new Date(event.starts_at.getTime() + 10 * 60_000);
      for (const { row } of rows) {
        if (row.status !== 'registered' || world.rng() > 0.8) continue;
        await recordAttendance(
          trx,
          actorOf(world, world.team.reception),
          { event: locked, row },
          true,
          attendedAt,
        );
        await moveTimeline(trx, world.centerId, row.id, attendedAt, 'event.attended');
        attended += 1;
      }
    }
    return { registrations: rows.length, attended };
  });
}

async function moveTimeline(trx: Db, centerId: string, sourceId: string, at: Date, kind?: string) {
  let query = trx
    .updateTable('timeline_entries')
    .set({ occurred_at: at })
    .where('center_id', '=', centerId)
    .where('source_id', '=', sourceId);
  query = kind ? query.where('kind', '=', kind) : query.where('kind', '<>', 'event.attended');
  await query.execute();
}

/** The demo's events, made and published by the coordinator through the events module. */
export async function insertDemoEvents(
  db: Db,
  world: DemoWorld,
  keyRing: KeyRing,
  reminderHoursBefore: number,
): Promise<{ events: number; registrations: number; attended: number }> {
  const coordinator = actorOf(world, world.team.coordinator);
  let registrations = 0;
  let attended = 0;
  for (const plan of plans) {
    const created = await createEvent(db, coordinator, inputOf(world, plan), world.now);
    if (plan.status === 'draft') continue;
    await publishEvent(db, coordinator, created.id, created.version, world.now);
    const event = await db
      .selectFrom('events')
      .selectAll()
      .where('center_id', '=', world.centerId)
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    const counts = await registerAndAttend(db, world, keyRing, reminderHoursBefore, event, plan);
    registrations += counts.registrations;
    attended += counts.attended;
  }
  return { events: plans.length, registrations, attended };
}
