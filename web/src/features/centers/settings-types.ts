import type { Address, LocalizedText, OpeningHours } from '../../lib/types.js';

export interface CenterSettings {
  slug: string;
  name: LocalizedText;
  municipality: LocalizedText;
  address: Address;
  phones: string[];
  email: string | null;
  website: string | null;
  openingHours: OpeningHours[];
  byAppointment: boolean;
  timezone: string;
}

export type CenterSettingsInput = Omit<CenterSettings, 'slug'>;
