// HSDS tabular (CSV) from the HSDS JSON the export builds: one table per request, the way HSDS
// lays out its tabular data package (organization.csv, service.csv, phone.csv…), with the
// table's HSDS column names as the header. Nested members become rows of their own tables and
// keep their links (`organization_id`, `service_id`, `location_id`…). Pure.

type Json = Record<string, unknown>;

export const csvTables = {
  organization: ['id', 'name', 'alternate_name', 'description', 'email', 'website'],
  service: [
    'id',
    'organization_id',
    'name',
    'alternate_name',
    'description',
    'url',
    'email',
    'status',
    'application_process',
    'fees_description',
    'eligibility_description',
  ],
  location: [
    'id',
    'location_type',
    'organization_id',
    'name',
    'description',
    'transportation',
    'latitude',
    'longitude',
  ],
  address: [
    'id',
    'location_id',
    'address_1',
    'address_2',
    'city',
    'state_province',
    'postal_code',
    'country',
    'address_type',
  ],
  service_at_location: ['id', 'service_id', 'location_id', 'description'],
  phone: [
    'id',
    'organization_id',
    'service_id',
    'location_id',
    'number',
    'extension',
    'type',
    'description',
  ],
  contact: ['id', 'organization_id', 'service_id', 'name', 'title', 'department', 'email'],
  schedule: [
    'id',
    'service_id',
    'freq',
    'byday',
    'opens_at',
    'closes_at',
    'valid_from',
    'valid_to',
    'description',
  ],
  language: ['id', 'service_id', 'name', 'code'],
  cost_option: ['id', 'service_id', 'option', 'amount', 'currency', 'amount_description'],
  required_document: ['id', 'service_id', 'document'],
  attribute: ['id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id', 'value'],
} as const;

export type CsvTable = keyof typeof csvTables;

function list(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

/** Every row of every table, walking organizations → locations/services → their parts. */
function collectRows(document: Json): Record<CsvTable, Json[]> {
  const rows = Object.fromEntries(Object.keys(csvTables).map((t) => [t, []])) as unknown as Record<
    CsvTable,
    Json[]
  >;
  for (const organization of list(document.contents)) {
    rows.organization.push(organization);
    rows.phone.push(...list(organization.phones));
    rows.contact.push(...list(organization.contacts));
    for (const location of list(organization.locations)) {
      rows.location.push(location);
      rows.address.push(...list(location.addresses));
      rows.phone.push(...list(location.phones));
    }
    for (const service of list(organization.services)) {
      rows.service.push(service);
      rows.phone.push(...list(service.phones));
      rows.contact.push(...list(service.contacts));
      rows.schedule.push(...list(service.schedules));
      rows.service_at_location.push(...list(service.service_at_locations));
      rows.language.push(...list(service.languages));
      rows.cost_option.push(...list(service.cost_options));
      rows.required_document.push(...list(service.required_documents));
      rows.attribute.push(...list(service.attributes));
    }
  }
  return rows;
}

/** RFC 4180: quoted when needed; a leading =, +, - or @ is prefixed so spreadsheets show text. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function hsdsTableCsv(document: Json, table: CsvTable): string {
  const columns = csvTables[table];
  const lines = [columns.join(',')];
  for (const row of collectRows(document)[table]) {
    lines.push(columns.map((column) => csvCell(row[column])).join(','));
  }
  // A byte-order mark so spreadsheet programs read the Greek text as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
