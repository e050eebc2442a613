import { createEvents, type EventAttributes } from 'ics';

export interface CalendarEvent {
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location?: string;
  description?: string;
  cancelled?: boolean;
}

/**
 * iCalendar text of some events. Times go in and out as UTC: the `ics` package would otherwise
 * read them in the process's time zone (STACK.md), which differs between servers.
 */
export function renderCalendar(events: readonly CalendarEvent[], calName?: string): string {
  const attributes = events.map((event): EventAttributes => ({
    uid: event.uid,
    title: event.title,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...(event.location ? { location: event.location } : {}),
    ...(event.description ? { description: event.description } : {}),
  }));
  const { error, value } = createEvents(attributes, {
    productId: '-//Koinotita//Appointments//EL',
    ...(calName ? { calName } : {}),
  });
  if (error || value === null) throw error ?? new Error('The calendar could not be written');
  return value;
}
