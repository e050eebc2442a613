import type { LocalizedText } from '../../lib/types.js';

export type Mode = 'in_person' | 'phone' | 'video';

export interface AppointmentType {
  id: string;
  name: LocalizedText;
  durationMinutes: number;
  bufferMinutes: number;
  mode: Mode;
  public: boolean;
  minNoticeMinutes: number;
  maxDaysAhead: number;
  dailyCap: number | null;
  providerRoles: string[];
  providerIds: string[];
  active: boolean;
  version: number;
}

export interface AgendaItem {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
  type: { id: string; name: LocalizedText };
  staff: { id: string; displayName: string };
  resident: { id: string; name: string | null } | null;
  contact: { name: string | null; phone: string | null; email: string | null };
  reason: string | null;
}

export interface WeeklyHour {
  weekday: number;
  starts: string;
  ends: string;
}

export interface Absence {
  id: string;
  staffId: string;
  startsAt: string;
  endsAt: string;
  reason: string | null;
}

export interface CalendarYear {
  year: number;
  holidays: { day: string; name: LocalizedText }[];
  overrides: {
    id: string;
    day: string;
    kind: string;
    closesAt: string | null;
    name: LocalizedText;
  }[];
  closures: { id: string; startsOn: string; endsOn: string; reason: string }[];
}

export const MODES: Mode[] = ['in_person', 'phone', 'video'];
