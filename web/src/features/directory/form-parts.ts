import type { Contact, DirectoryLocation, Phone } from './directory-types.js';

// Rows of the forms are flat text records; what a form does not show (a phone's extension and
// type, a contact's department, a location's description, transport, region and phones) rides
// along unchanged, so saving a form never loses what an import or another form wrote.

type Row = Record<string, string>;

export function phoneRow(phone: Phone): Row {
  return {
    number: phone.number,
    description: phone.description ?? '',
    extension: phone.extension ?? '',
    type: phone.type ?? '',
  };
}

export function phoneInput(row: Row) {
  return {
    number: row.number ?? '',
    description: row.description ?? '',
    extension: row.extension ?? '',
    type: row.type || null,
  };
}

export function contactRow(contact: Contact): Row {
  return {
    name: contact.name ?? '',
    title: contact.title ?? '',
    department: contact.department ?? '',
    email: contact.email ?? '',
  };
}

export function contactInput(row: Row) {
  return {
    name: row.name ?? '',
    title: row.title ?? '',
    department: row.department ?? '',
    email: row.email ?? '',
  };
}

export function locationRow(location: DirectoryLocation): Row {
  return {
    id: location.id,
    name: location.name ?? '',
    address1: location.address1 ?? '',
    postalCode: location.postalCode ?? '',
    city: location.city ?? '',
  };
}

/** The location as the form left it, with the parts the form does not show kept as they were. */
export function locationInput(row: Row, known: DirectoryLocation[]) {
  const before = known.find((l) => l.id === row.id);
  return {
    id: row.id || null,
    name: row.name ?? '',
    address1: row.address1 ?? '',
    postalCode: row.postalCode ?? '',
    city: row.city ?? '',
    description: before?.description ?? null,
    transportation: before?.transportation ?? null,
    region: before?.region ?? null,
    phones: (before?.phones ?? []).map((p) => phoneInput(phoneRow(p))),
  };
}
