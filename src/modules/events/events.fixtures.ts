import type { Db } from '../../db/connection.js';
import type { KeyRing } from '../../lib/crypto.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../../test/helpers/fixtures.js';
import type { CenterRow } from '../centers/centers.repository.js';
import type { EventRow } from './events.repository.js';

/** Test set-up: a Center with a coordinator (manages events) and a receptionist (registers). */
export interface EventWorld {
  center: CenterRow;
  coordinator: SeededStaff;
  reception: SeededStaff;
}

export async function seedEventWorld(db: Db, keyRing: KeyRing, slug: string): Promise<EventWorld> {
  const center = await seedCenter(db, slug);
  const coordinator = await seedStaff(db, keyRing, center, 'coordinator');
  const reception = await seedStaff(db, keyRing, center, 'reception');
  return { center, coordinator, reception };
}

const HOUR = 3_600_000;

/** A published event, open for registration now, starting in two days (overridable). */
export async function insertTestEvent(
  db: Db,
  centerId: string,
  values: Partial<{
    title_el: string;
    title_en: string | null;
    capacity: number;
    status: 'draft' | 'published' | 'cancelled';
    starts_at: Date;
    ends_at: Date;
    registration_opens_at: Date;
    registration_closes_at: Date;
    offer_hours: number;
  }> = {},
): Promise<EventRow> {
  const now = Date.now();
  const startsAt = values.starts_at ?? new Date(now + 48 * HOUR);
  return db
    .insertInto('events')
    .values({
      center_id: centerId,
      title_el: 'Ενημέρωση για το επίδομα θέρμανσης',
      title_en: 'Heating allowance briefing',
      description_el: 'Τι δικαιούστε και πώς κάνετε αίτηση.',
      place: 'Αίθουσα Δημοτικού Συμβουλίου',
      capacity: 20,
      status: 'published',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 2 * HOUR),
      registration_opens_at: new Date(now - HOUR),
      registration_closes_at: new Date(startsAt.getTime() - HOUR),
      ...values,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
