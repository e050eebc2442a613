import { buildWeightedTable, chance, pick, weightedPick } from '../../bench/generate/random.js';
import type { Db } from '../../src/db/connection.js';
import { localDayOf } from '../../src/modules/appointments/calendar/time.js';
import type { CaseOutcome, CaseStatus } from '../../src/modules/cases/cases.vocabulary.js';
import { insertCase } from '../../src/modules/cases/cases.repository.js';
import { insertSession } from '../../src/modules/counseling/counseling.repository.js';
import type { SessionKind } from '../../src/modules/counseling/counseling.tables.js';
import type { ApplicationStatus } from '../../src/modules/applications/applications.vocabulary.js';
import type { BenefitCode } from '../../src/modules/benefits/rules/types.js';
import { addTimelineEntry } from '../../src/modules/timeline/timeline.service.js';
import {
  actorOf,
  atWork,
  dayAgo,
  workBetween,
  workDaysAfter,
  type DemoResident,
  type DemoWorld,
} from './demo-context.js';

const DAY_MS = 86_400_000;

const topics = [
  'Οικονομική ενίσχυση',
  'Στέγαση',
  'Απασχόληση',
  'Ψυχοκοινωνική υποστήριξη',
  'Φροντίδα ηλικιωμένου',
  'Υγεία',
  'Σχολική πορεία παιδιών',
];
const outcomes = buildWeightedTable<CaseOutcome>([
  ['goals_met', 45],
  ['partially_met', 25],
  ['referred_elsewhere', 12],
  ['moved_away', 6],
  ['withdrew', 6],
  ['no_contact', 6],
]);
const openStatuses = buildWeightedTable<Exclude<CaseStatus, 'closed'>>([
  ['active', 60],
  ['open', 25],
  ['on_hold', 15],
]);

export interface DemoCase {
  id: string;
  residentId: string;
  workerIndex: number;
  openedAt: Date;
  closedAt: Date | null;
}

function yesterdayAfternoon(world: DemoWorld): Date {
  return atWork(world, dayAgo(world, 1), 15 * 60);
}

/** Case files of adults, opened in their first weeks at the Center; those opened long ago often closed. */
export async function insertDemoCases(trx: Db, world: DemoWorld): Promise<DemoCase[]> {
  const { rng, team } = world;
  const adults = world.residents.filter((r) => r.age >= 18);
  const chosen = new Set<DemoResident>();
  const target = Math.round(world.residents.length * 0.15);
  while (chosen.size < target) chosen.add(pick(rng, adults));
  const limit = yesterdayAfternoon(world);
  const cases: DemoCase[] = [];
  for (const resident of chosen) {
    const openedAt = workDaysAfter(world, resident.arrivedAt, rng() * 30);
    if (openedAt > limit) continue;
    const age = (world.now.getTime() - openedAt.getTime()) / DAY_MS;
    const closes = age > 60 && chance(rng, 0.5);
    const closedAt = closes
      ? workDaysAfter(world, openedAt, 30 + rng() * Math.min(200, age - 31))
      : null;
    const workerIndex = Math.floor(rng() * team.workers.length);
    const worker = team.workers[workerIndex] ?? team.coordinator;
    const caseTopics = chance(rng, 0.4)
      ? [pick(rng, topics), pick(rng, topics)]
      : [pick(rng, topics)];
    const row = await insertCase(trx, {
      center_id: world.centerId,
      resident_id: resident.id,
      topics: [...new Set(caseTopics)],
      status: closedAt ? 'closed' : weightedPick(rng, openStatuses),
      outcome: closedAt ? weightedPick(rng, outcomes) : null,
      assigned_worker_id: worker.id,
      opened_at: openedAt,
      closed_at: closedAt,
      created_by: worker.id,
    });
    await addTimelineEntry(trx, actorOf(world, worker), {
      residentId: resident.id,
      kind: 'case.opened',
      occurredAt: openedAt,
      sourceId: row.id,
      caseId: row.id,
      details: { topics: row.topics, status: 'open' },
    });
    cases.push({ id: row.id, residentId: resident.id, workerIndex, openedAt, closedAt });
  }
  return cases;
}

const benefits: { code: BenefitCode; amount: [number, number] }[] = [
  { code: 'eee', amount: [150, 450] },
  { code: 'child_benefit', amount: [70, 210] },
  { code: 'housing_benefit', amount: [70, 210] },
  { code: 'heating_allowance', amount: [100, 600] },
  { code: 'social_grocery', amount: [0, 0] },
  { code: 'social_pharmacy', amount: [0, 0] },
  { code: 'help_at_home', amount: [0, 0] },
  { code: 'disability_severe', amount: [360, 720] },
];
const decided = buildWeightedTable<ApplicationStatus>([
  ['approved', 50],
  ['rejected', 15],
  ['renewal_due', 10],
  ['closed', 10],
  ['appealed', 5],
  ['submitted', 10],
]);

/** Status of an application `ageDays` old: the older, the likelier decided. */
function statusByAge(world: DemoWorld, ageDays: number): ApplicationStatus {
  if (ageDays > 60) return weightedPick(world.rng, decided);
  if (ageDays > 20)
    return pick(world.rng, ['submitted', 'submitted', 'collecting_documents', 'approved'] as const);
  return pick(world.rng, ['planned', 'collecting_documents'] as const);
}

/** Benefit applications the social workers helped with, one per resident and benefit. */
export async function insertDemoApplications(trx: Db, world: DemoWorld): Promise<number> {
  const { rng, team } = world;
  const adults = world.residents.filter((r) => r.age >= 18);
  const limit = yesterdayAfternoon(world);
  const seen = new Set<string>();
  let count = 0;
  for (let i = 0; i < Math.round(world.residents.length * 0.25); i++) {
    const resident = pick(rng, adults);
    const benefit = pick(rng, benefits);
    if (seen.has(`${resident.id}/${benefit.code}`)) continue;
    seen.add(`${resident.id}/${benefit.code}`);
    const createdAt = workBetween(world, resident.arrivedAt, limit);
    const ageDays = (world.now.getTime() - createdAt.getTime()) / DAY_MS;
    const status = statusByAge(world, ageDays);
    const day = (at: Date) => localDayOf(at.getTime(), world.timezone);
    const submitted =
      status === 'planned' || status === 'collecting_documents'
        ? null
        : workDaysAfter(world, createdAt, 3 + rng() * 10);
    const isDecided = ['approved', 'rejected', 'renewal_due', 'closed', 'appealed'].includes(
      status,
    );
    const decidedAt =
      isDecided && submitted ? workDaysAfter(world, submitted, 15 + rng() * 40) : null;
    const granted = status === 'approved' || status === 'renewal_due';
    const [low, high] = benefit.amount;
    const worker = pick(rng, team.workers);
    const row = await trx
      .insertInto('applications')
      .values({
        center_id: world.centerId,
        resident_id: resident.id,
        benefit: benefit.code,
        status,
        checklist: '[]',
        submitted_at: submitted ? day(submitted) : null,
        decided_at: decidedAt ? day(decidedAt) : null,
        decision_amount: granted && high > 0 ? Math.round(low + rng() * (high - low)) : null,
        renewal_due:
          granted && decidedAt ? day(new Date(decidedAt.getTime() + 365 * DAY_MS)) : null,
        assigned_to: worker.id,
        created_by: worker.id,
        created_at: createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addTimelineEntry(trx, actorOf(world, worker), {
      residentId: resident.id,
      kind: 'application.created',
      occurredAt: createdAt,
      sourceId: row.id,
      details: { benefit: benefit.code, status: 'planned' },
    });
    count += 1;
  }
  return count;
}

/**
 * Counseling sessions with the psychologist, as `createSession` records them without a note
 * (that a session happened is on the timeline; what was said would be sealed): series of
 * individual sessions, a few family sessions with two members of one household, and groups.
 */
export async function insertDemoCounseling(trx: Db, world: DemoWorld): Promise<number> {
  const { rng, team } = world;
  const actor = actorOf(world, team.psychologist);
  const limit = yesterdayAfternoon(world);
  const adults = world.residents.filter((r) => r.age >= 16);
  const sessions: { kind: SessionKind; at: Date; people: DemoResident[] }[] = [];
  const clients = new Set<DemoResident>();
  while (clients.size < Math.round(world.residents.length * 0.1)) clients.add(pick(rng, adults));
  for (const client of clients) {
    let at = workDaysAfter(world, client.arrivedAt, 5 + rng() * 20);
    const series = 1 + Math.floor(rng() * 6);
    for (let i = 0; i < series && at < limit; i++) {
      sessions.push({ kind: 'individual', at, people: [client] });
      at = workDaysAfter(world, at, 7 + rng() * 14);
    }
  }
  const households = new Map<number, DemoResident[]>();
  for (const r of adults) households.set(r.household, [...(households.get(r.household) ?? []), r]);
  const couples = [...households.values()].filter((members) => members.length >= 2);
  for (let i = 0; i < 6 && couples.length > 0; i++) {
    const members = pick(rng, couples).slice(0, 2);
    const latest = Math.max(...members.map((m) => m.arrivedAt.getTime()));
    sessions.push({
      kind: 'family',
      at: workBetween(world, new Date(latest), limit),
      people: members,
    });
  }
  const clientList = [...clients];
  for (let month = 1; month <= 12; month += 2) {
    const at = atWork(world, dayAgo(world, month * 30));
    const group = new Set(clientList.filter((c) => c.arrivedAt < at).slice(0, 40));
    const members = [...group].sort(() => rng() - 0.5).slice(0, 4 + Math.floor(rng() * 3));
    if (members.length >= 3) sessions.push({ kind: 'group', at, people: members });
  }
  for (const session of sessions) {
    const durationMinutes = session.kind === 'group' ? 90 : 50;
    const row = await insertSession(
      trx,
      {
        center_id: world.centerId,
        kind: session.kind,
        started_at: session.at,
        duration_minutes: durationMinutes,
        case_id: null,
        author_id: team.psychologist.id,
        note_sealed: null,
        note_updated_at: null,
      },
      session.people.map((p) => p.id),
    );
    for (const person of session.people) {
      await addTimelineEntry(trx, actor, {
        residentId: person.id,
        kind: 'counseling.session',
        occurredAt: session.at,
        sourceId: row.id,
        details: { kind: session.kind, durationMinutes },
      });
    }
  }
  return sessions.length;
}
