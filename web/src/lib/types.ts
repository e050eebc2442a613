export type Lang = 'el' | 'en';

export interface LocalizedText {
  el: string;
  en: string;
}

export interface OpeningHours {
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  opens: string;
  closes: string;
}

export interface Address {
  street: string;
  number: string;
  postcode: string;
  city: LocalizedText;
}

export interface PublicCenter {
  slug: string;
  name: LocalizedText;
  municipality: LocalizedText;
  address: Address;
  phones: string[];
  email: string | null;
  website: string | null;
  openingHours: OpeningHours[];
  byAppointment: boolean;
  multipleCenters: boolean;
}

export function localized(text: LocalizedText, lang: string): string {
  return lang === 'en' ? text.en || text.el : text.el;
}
