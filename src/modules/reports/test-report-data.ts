import type { Db } from '../../db/connection.js';
import { localToInstant } from '../appointments/calendar/time.js';
import type { Axis, Channel, RequestOutcome } from '../requests/requests.vocabulary.js';

/** Writers of the hand-made report datasets (tests only; excluded from the build). */
export function athens(local: string): Date {
  const [day = '', time = '12:00'] = local.split(' ');
  const [h = 0, m = 0] = time.split(':').map(Number);
  return new Date(localToInstant(day, h * 60 + m, 'Europe/Athens'));
}

export interface ResidentFacts {
  surname: string;
  gender?: 'male' | 'female' | 'other' | null;
  birthDate?: string | null;
  employment?: string | null;
  education?: number | null;
  disabilityPercent?: number | null;
  nationality?: string | null;
  esf?: Record<string, string>;
}

export async function addResident(db: Db, centerId: string, f: ResidentFacts): Promise<string> {
  const row = await db
    .insertInto('residents')
    .values({
      center_id: centerId,
      surname: f.surname,
      given_name: 'Δοκιμή',
      gender: f.gender ?? null,
      birth_date: f.birthDate ?? null,
      nationality: f.nationality ?? null,
      employment_status: f.employment ?? null,
      education_level: f.education ?? null,
      disability_percent: f.disabilityPercent ?? null,
      esf: JSON.stringify(f.esf ?? {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const allEsf = (answer: string) =>
  Object.fromEntries(
    [
      'disability',
      'thirdCountryNational',
      'foreignBackground',
      'minority',
      'homeless',
      'ruralArea',
    ].map((q) => [q, answer]),
  );

export async function addRequest(
  db: Db,
  centerId: string,
  staffId: string,
  values: {
    residentId: string | null;
    at: string;
    axis?: Axis;
    channel?: Channel;
    outcome?: RequestOutcome;
  },
): Promise<void> {
  await db
    .insertInto('requests')
    .values({
      center_id: centerId,
      resident_id: values.residentId,
      occurred_at: athens(values.at),
      channel: values.channel ?? 'in_person',
      axis: values.axis ?? 'benefits',
      subject: 'Ενημέρωση',
      outcome: values.outcome ?? 'answered',
      duration_minutes: 10,
      staff_id: staffId,
    })
    .execute();
}

export async function addCounselingSession(
  db: Db,
  centerId: string,
  authorId: string,
  values: { at: string; kind: 'individual' | 'family' | 'group'; residentIds: string[] },
): Promise<void> {
  const session = await db
    .insertInto('counseling_sessions')
    .values({
      center_id: centerId,
      kind: values.kind,
      started_at: athens(values.at),
      duration_minutes: 50,
      author_id: authorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('counseling_participants')
    .values(
      values.residentIds.map((residentId) => ({
        center_id: centerId,
        session_id: session.id,
        resident_id: residentId,
      })),
    )
    .execute();
}

export async function addAppointmentType(db: Db, centerId: string): Promise<string> {
  const row = await db
    .insertInto('appointment_types')
    .values({
      center_id: centerId,
      name_el: 'Ενημέρωση',
      name_en: 'Information',
      duration_minutes: 30,
      mode: 'in_person',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addAppointment(
  db: Db,
  centerId: string,
  values: {
    typeId: string;
    staffId: string;
    residentId: string | null;
    at: string;
    status: string;
  },
): Promise<void> {
  const starts = athens(values.at);
  const ends = new Date(starts.getTime() + 30 * 60_000);
  await db
    .insertInto('appointments')
    .values({
      center_id: centerId,
      type_id: values.typeId,
      staff_id: values.staffId,
      resident_id: values.residentId,
      starts_at: starts,
      ends_at: ends,
      blocked_until: ends,
      status: values.status as 'booked',
    })
    .execute();
}
