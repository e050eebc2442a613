import type { LocalizedText } from '../../lib/types.js';

export type Mode = 'in_person' | 'phone' | 'video';

export interface PublicType {
  id: string;
  name: LocalizedText;
  durationMinutes: number;
  mode: Mode;
}

export interface Slot {
  startsAt: string;
  endsAt: string;
  staffId: string;
}

export interface MonthAvailability {
  typeId: string;
  from: string;
  to: string;
  days: { day: string; freeSlots: number }[];
}

export interface DayAvailability {
  typeId: string;
  day: string;
  slots: Slot[];
}

/** What the server answers after booking, and again through a signed link. */
export interface Confirmation {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  staff: { displayName: string };
  type: { id: string; name: LocalizedText };
  cancelUrl: string | null;
  moveUrl: string | null;
}

export interface Contact {
  name: string;
  phone: string;
  email: string;
}
