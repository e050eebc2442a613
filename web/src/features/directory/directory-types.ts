// Shapes of the directory API (src/modules/directory/directory.schemas.ts).

export interface Phone {
  number: string;
  extension: string | null;
  type: string | null;
  description: string | null;
}

export interface Contact {
  name: string | null;
  title: string | null;
  department: string | null;
  email: string | null;
}

export interface Schedule {
  byday: string[];
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  description: string | null;
}

export interface DirectoryLocation {
  id: string;
  name: string | null;
  description: string | null;
  transportation: string | null;
  address1: string | null;
  postalCode: string | null;
  city: string | null;
  region: string | null;
  phones: Phone[];
}

export interface CostOption {
  option: string | null;
  amount: number | null;
  currency: string | null;
  amountDescription: string | null;
}

export interface ServiceSummary {
  id: string;
  name: string;
  alternateName: string | null;
  description: string | null;
  organizationName: string;
  status: string;
  categories: string[];
  sample: boolean;
  shared?: boolean;
  own?: boolean;
}

export interface ServiceList {
  items: ServiceSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PublicService {
  id: string;
  name: string;
  alternateName: string | null;
  description: string | null;
  status: string;
  email: string | null;
  url: string | null;
  eligibilityDescription: string | null;
  feesDescription: string | null;
  applicationProcess: string | null;
  languages: string[];
  requiredDocuments: string[];
  categories: string[];
  costOptions: CostOption[];
  sample: boolean;
  locations: DirectoryLocation[];
  phones: Phone[];
  schedules: Schedule[];
  organization: {
    id: string;
    name: string;
    alternateName: string | null;
    description: string | null;
    email: string | null;
    website: string | null;
    phones: Phone[];
  };
}

export interface StaffService extends PublicService {
  organization: PublicService['organization'] & { referralEmail: string | null; shared: boolean };
  contacts: Contact[];
  shared: boolean;
  own: boolean;
  version: number;
}

export interface Organization {
  id: string;
  name: string;
  alternateName: string | null;
  description: string | null;
  email: string | null;
  website: string | null;
  phones: Phone[];
  referralEmail: string | null;
  shared: boolean;
  sample: boolean;
  own: boolean;
  version: number;
  contacts: Contact[];
  locations: DirectoryLocation[];
  services: { id: string; name: string; status: string; shared: boolean }[];
}

export interface OrganizationSummary {
  id: string;
  name: string;
  shared: boolean;
  sample: boolean;
  own: boolean;
  services: number;
}

export const CATEGORIES = [
  'benefits',
  'employment',
  'insurance',
  'disability',
  'health',
  'mental_health',
  'food',
  'medicines',
  'elderly',
  'home_care',
  'women',
  'administrative',
  'housing',
  'children',
  'legal',
  'migrants',
] as const;

export const LANGUAGES = [
  'el',
  'en',
  'ar',
  'fa',
  'uk',
  'ru',
  'sq',
  'ur',
  'fr',
  'bg',
  'ro',
  'ka',
  'sgn',
];
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const STATUSES = ['active', 'temporarily closed', 'inactive', 'defunct'] as const;
