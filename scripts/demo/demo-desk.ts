import { buildWeightedTable, chance, pick, weightedPick } from '../../bench/generate/random.js';
import type { Db } from '../../src/db/connection.js';
import { localDayOf } from '../../src/modules/appointments/calendar/time.js';
import type {
  Axis,
  Channel,
  RequestOutcome,
} from '../../src/modules/requests/requests.vocabulary.js';
import { addTimelineEntry } from '../../src/modules/timeline/timeline.service.js';
import {
  actorOf,
  atWork,
  dayAgo,
  HISTORY_DAYS,
  workBetween,
  type DemoResident,
  type DemoStaffMember,
  type DemoWorld,
} from './demo-context.js';

const subjects: Record<Axis, string[]> = {
  reception: ['Ενημέρωση για τις υπηρεσίες του Κέντρου', 'Εγγραφή στο μητρώο ωφελουμένων'],
  referral: ['Παραπομπή σε δομή υγείας', 'Παραπομπή στη ΔΥΠΑ', 'Παραπομπή σε ΚΕΠΑ'],
  cooperation: ['Επικοινωνία με σχολείο', 'Συνεργασία με τον ΟΠΕΚΑ'],
  living_standards: ['Κοινωνικό Παντοπωλείο', 'Κοινωνικό Φαρμακείο', 'Βοήθεια στο Σπίτι'],
  benefits: [
    'Ελάχιστο Εγγυημένο Εισόδημα',
    'Επίδομα στέγασης',
    'Επίδομα παιδιού',
    'Επίδομα θέρμανσης',
    'Αναπηρικό επίδομα',
  ],
  counseling: ['Ψυχολογική υποστήριξη', 'Συμβουλευτική γονέων'],
  events: ['Εγγραφή σε δράση', 'Ενημέρωση για εκδηλώσεις'],
};

const axisTable = buildWeightedTable<Axis>([
  ['benefits', 30],
  ['reception', 20],
  ['living_standards', 18],
  ['events', 10],
  ['referral', 8],
  ['counseling', 8],
  ['cooperation', 6],
]);
const channelTable = buildWeightedTable<Channel>([
  ['in_person', 55],
  ['phone', 30],
  ['email', 10],
  ['outreach', 5],
]);
const outcomeTable = buildWeightedTable<RequestOutcome>([
  ['answered', 62],
  ['appointment_booked', 18],
  ['referred', 10],
  ['case_opened', 10],
]);

interface PlannedRequest {
  resident: DemoResident | null;
  at: Date;
  staff: DemoStaffMember;
}

/**
 * Who came and when: most residents on the day their file was made and a few times after (less
 * and less often), children rarely in person; plus anonymous information requests.
 */
function planRequests(world: DemoWorld): PlannedRequest[] {
  const { rng, team } = world;
  const desk = [team.reception, team.reception, ...team.workers, team.coordinator];
  const yesterday = atWork(world, dayAgo(world, 1), 15 * 60);
  const planned: PlannedRequest[] = [];
  for (const resident of world.residents) {
    if (!chance(rng, resident.age >= 16 ? 0.9 : 0.15)) continue;
    planned.push({ resident, at: resident.arrivedAt, staff: team.reception });
    while (chance(rng, 0.6)) {
      const span = yesterday.getTime() - resident.arrivedAt.getTime();
      const at = new Date(resident.arrivedAt.getTime() + rng() ** 2 * span);
      planned.push({ resident, at: workBetween(world, at, at), staff: pick(rng, desk) });
    }
  }
  const anonymous = Math.round(world.residents.length / 3);
  const start = atWork(world, dayAgo(world, HISTORY_DAYS));
  for (let i = 0; i < anonymous; i++) {
    planned.push({
      resident: null,
      at: workBetween(world, start, yesterday),
      staff: team.reception,
    });
  }
  return planned.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Requests logged at the desk over the last ~14 months, each with its timeline entry as
 * `logRequest` writes it. Inserted in one statement (the entry-sheet trigger of 0018 runs per
 * statement and makes the ESF+ entries); the demo's single audit row stands for them all.
 */
export async function insertDemoRequests(trx: Db, world: DemoWorld): Promise<number> {
  const { rng } = world;
  const planned = planRequests(world).map((request) => {
    const axis = weightedPick(rng, axisTable);
    const outcome: RequestOutcome =
      axis === 'referral' ? 'referred' : weightedPick(rng, outcomeTable);
    return {
      ...request,
      axis,
      channel: request.resident
        ? weightedPick(rng, channelTable)
        : pick(rng, ['phone', 'in_person'] as const),
      subject: pick(rng, subjects[axis]),
      outcome: request.resident ? outcome : 'answered',
      durationMinutes: 5 + 5 * Math.floor(rng() * 8),
    };
  });
  const rows = await trx
    .insertInto('requests')
    .values(
      planned.map((r) => ({
        center_id: world.centerId,
        resident_id: r.resident?.id ?? null,
        occurred_at: r.at,
        channel: r.channel,
        axis: r.axis,
        subject: r.subject,
        outcome: r.outcome,
        duration_minutes: r.durationMinutes,
        staff_id: r.staff.id,
      })),
    )
    .returning('id')
    .execute();
  for (const [index, row] of rows.entries()) {
    const r = planned[index];
    if (!r?.resident) continue;
    await addTimelineEntry(trx, actorOf(world, r.staff), {
      residentId: r.resident.id,
      kind: 'request.logged',
      occurredAt: r.at,
      sourceId: row.id,
      details: { axis: r.axis, channel: r.channel, subject: r.subject, outcome: r.outcome },
    });
  }
  return rows.length;
}

const appointmentStatuses = buildWeightedTable<'completed' | 'no_show' | 'cancelled'>([
  ['completed', 72],
  ['no_show', 10],
  ['cancelled', 18],
]);

/**
 * Past appointments with the social workers (kept, missed, cancelled), on half-hour slots that
 * never overlap for one worker. Only past ones: upcoming bookings would send reminders.
 */
export async function insertDemoAppointments(trx: Db, world: DemoWorld): Promise<number> {
  const { rng, team } = world;
  const type = await trx
    .insertInto('appointment_types')
    .values({
      center_id: world.centerId,
      name_el: 'Συνάντηση με κοινωνικό λειτουργό',
      name_en: 'Meeting with a social worker',
      duration_minutes: 45,
      mode: 'in_person',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const adults = world.residents.filter((r) => r.age >= 18);
  const taken = new Set<string>();
  const values = [];
  const yesterday = atWork(world, dayAgo(world, 1), 15 * 60);
  for (let i = 0; i < Math.round(world.residents.length * 0.7); i++) {
    const resident = pick(rng, adults);
    const staff = pick(rng, team.workers);
    const day = workBetween(world, resident.arrivedAt, yesterday);
    const slot = 9 * 60 + 60 * Math.floor(rng() * 6);
    const startsAt = atWork(world, localDayOf(day.getTime(), world.timezone), slot);
    if (startsAt.getTime() < resident.arrivedAt.getTime()) continue;
    const key = `${staff.id}/${startsAt.toISOString()}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const endsAt = new Date(startsAt.getTime() + 45 * 60_000);
    values.push({
      center_id: world.centerId,
      type_id: type.id,
      staff_id: staff.id,
      resident_id: resident.id,
      starts_at: startsAt,
      ends_at: endsAt,
      blocked_until: endsAt,
      status: weightedPick(rng, appointmentStatuses),
    });
  }
  await trx.insertInto('appointments').values(values).execute();
  return values.length;
}
