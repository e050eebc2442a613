import type { Db } from '../../../db/connection.js';
import type { KeyRing } from '../../../lib/crypto.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../../../test/helpers/fixtures.js';
import type { CenterRow } from '../../centers/centers.repository.js';
import { publicHolidayOn } from '../calendar/holidays.js';
import { addDays, isoWeekday, localDayOf, localToInstant, parseTime } from '../calendar/time.js';

/** Test set-up: a Center with one public 30-minute type, its provider(s) and a receptionist. */
export interface BookingWorld {
  center: CenterRow;
  typeId: string;
  providers: SeededStaff[];
  reception: SeededStaff;
}

const ZONE = 'Europe/Athens';

export async function seedBookingWorld(
  db: Db,
  keyRing: KeyRing,
  slug: string,
  options: { providers?: number; typePublic?: boolean } = {},
): Promise<BookingWorld> {
  const center = await seedCenter(db, slug);
  const providers: SeededStaff[] = [];
  for (let i = 0; i < (options.providers ?? 1); i += 1) {
    providers.push(await seedStaff(db, keyRing, center, 'social_worker'));
  }
  const reception = await seedStaff(db, keyRing, center, 'reception');
  const type = await db
    .insertInto('appointment_types')
    .values({
      center_id: center.id,
      name_el: 'Ενημέρωση για επιδόματα',
      name_en: 'Benefits information',
      duration_minutes: 30,
      buffer_minutes: 0,
      mode: 'in_person',
      public: options.typePublic ?? true,
      min_notice_minutes: 0,
      max_days_ahead: 90,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const provider of providers) {
    await db
      .insertInto('appointment_type_providers')
      .values({ center_id: center.id, type_id: type.id, staff_id: provider.staff.id })
      .execute();
    await db
      .insertInto('staff_weekly_hours')
      .values(
        [1, 2, 3, 4, 5].map((weekday) => ({
          center_id: center.id,
          staff_id: provider.staff.id,
          weekday,
          starts: '09:00',
          ends: '15:00',
        })),
      )
      .execute();
  }
  return { center, typeId: type.id, providers, reception };
}

/** A working day (Monday to Friday, not a public holiday) at least `after` days from today. */
export function workingDay(after: number, now = new Date()): string {
  let day = addDays(localDayOf(now.getTime(), ZONE), after);
  while (isoWeekday(day) > 5 || publicHolidayOn(day)) day = addDays(day, 1);
  return day;
}

/** A non-working day (weekend or holiday) at least `after` days from today. */
export function weekendDay(after: number, now = new Date()): string {
  let day = addDays(localDayOf(now.getTime(), ZONE), after);
  while (isoWeekday(day) !== 6) day = addDays(day, 1);
  return day;
}

/** The instant of an Athens wall-clock time, as the API takes it. */
export function at(day: string, time: string): string {
  return new Date(localToInstant(day, parseTime(time), ZONE)).toISOString();
}
