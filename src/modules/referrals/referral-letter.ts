import type { Db } from '../../db/connection.js';
import { createPdf, pdfToBuffer, type PdfDocument } from '../../lib/pdf.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { findCenterById } from '../centers/centers.repository.js';
import { normalizeCategories } from './referral-lifecycle.js';
import { openVisibleReferral } from './referral-access.js';
import { projectSharedData, type SharedData } from './referral-share.js';
import { loadResidentFacts } from './referral-share.repository.js';
import { destinationName } from './referrals.presenter.js';
import { categoryLabels, urgencyLabels } from './referrals.vocabulary.js';

const genders: Record<string, string> = { male: 'Άνδρας', female: 'Γυναίκα', other: 'Άλλο' };
const relationships: Record<string, string> = {
  reference: 'Υπεύθυνος/η',
  spouse: 'Σύζυγος',
  partner: 'Σύντροφος',
  child: 'Τέκνο',
  parent: 'Γονέας',
  sibling: 'Αδελφός/ή',
  grandchild: 'Εγγόνι',
  other_relative: 'Άλλος συγγενής',
  other: 'Άλλο',
};

/** The letter in Greek (the language of the services it goes to), with the shared data only. */
export async function referralLetter(db: Db, actor: Actor, id: string): Promise<Buffer> {
  const doc = await db.transaction().execute(async (trx) => {
    const row = await openVisibleReferral(trx, actor, id);
    const center = await findCenterById(trx, actor.centerId);
    if (!center) throw new Error('no Center');
    const categories = normalizeCategories(row.shared_categories);
    const facts = await loadResidentFacts(
      trx,
      actor.centerId,
      row.resident_id,
      row.case_id,
      categories,
    );
    await recordAudit(trx, actor, {
      action: 'referral.letter',
      entity: 'referral',
      recordId: id,
      details: { sharedCategories: categories },
    });
    const pdf = await createPdf({ title: 'Παραπομπή', language: 'el' });
    heading(pdf, center.name_el, [
      `${center.street} ${center.street_number}, ${center.postcode} ${center.city_el}`,
      [center.phones.join(', '), center.email].filter(Boolean).join(' · '),
    ]);
    pdf.moveDown();
    pdf.font('bold').fontSize(16).text('Παραπομπή');
    pdf.font('regular').fontSize(11);
    line(pdf, 'Ημερομηνία', row.created_at.toISOString().slice(0, 10));
    line(pdf, 'Προς', destinationName(row));
    line(pdf, 'Προτεραιότητα', urgencyLabels[row.urgency].el);
    line(pdf, 'Απάντηση έως', row.due_on_text);
    pdf.moveDown();
    pdf.font('bold').text('Λόγος παραπομπής');
    pdf.font('regular').text(row.reason ?? '—');
    pdf.moveDown();
    pdf.font('bold').text('Στοιχεία ωφελούμενου (με τη συγκατάθεσή του)');
    pdf.font('regular');
    if (categories.length === 0) pdf.text('Δεν κοινοποιούνται στοιχεία.');
    writeShared(pdf, projectSharedData(facts, categories));
    pdf.moveDown();
    pdf.font('bold').text('Υπεύθυνος/η επικοινωνίας');
    pdf.font('regular').text([row.owner_name, row.owner_email].filter(Boolean).join(' · '));
    if (center.phones.length > 0) pdf.text(`Τηλ. ${center.phones.join(', ')}`);
    return pdf;
  });
  return pdfToBuffer(doc);
}

function heading(pdf: PdfDocument, name: string, lines: string[]) {
  pdf.font('bold').fontSize(13).text(name);
  pdf.font('regular').fontSize(10);
  for (const text of lines) if (text) pdf.text(text);
}

function line(pdf: PdfDocument, label: string, value: string | null | undefined) {
  pdf.font('bold').text(`${label}: `, { continued: true });
  pdf.font('regular').text(value ?? '—');
}

function writeShared(pdf: PdfDocument, data: SharedData) {
  if (data.identity) {
    const i = data.identity;
    pdf.font('bold').text(categoryLabels.identity.el);
    line(pdf, 'Ονοματεπώνυμο', `${i.givenName} ${i.surname}`);
    if (i.fatherName) line(pdf, 'Πατρώνυμο', i.fatherName);
    line(pdf, 'Ημερομηνία γέννησης', i.birthDate);
    line(pdf, 'Φύλο', i.gender ? (genders[i.gender] ?? i.gender) : null);
  }
  if (data.identifiers) {
    pdf.font('bold').text(categoryLabels.identifiers.el);
    line(pdf, 'ΑΜΚΑ', data.identifiers.amka);
    line(pdf, 'ΑΦΜ', data.identifiers.afm);
  }
  if (data.contact) {
    const c = data.contact;
    pdf.font('bold').text(categoryLabels.contact.el);
    line(pdf, 'Κινητό', c.mobilePhone);
    if (c.phone) line(pdf, 'Τηλέφωνο', c.phone);
    line(pdf, 'E-mail', c.email);
    line(pdf, 'Διεύθυνση', c.address);
  }
  if (data.household) {
    pdf.font('bold').text(categoryLabels.household.el);
    const members = data.household.members
      .map((m) => `${relationships[m.relationship] ?? m.relationship} (${m.birthYear ?? '—'})`)
      .join(', ');
    pdf.font('regular').text(members || '—');
  }
  if (data.income) {
    pdf.font('bold').text(categoryLabels.income.el);
    const { taxYear, total } = data.income;
    pdf
      .font('regular')
      .text(taxYear === null ? '—' : `Φορολογικό έτος ${taxYear}: ${formatEuro(total ?? 0)}`);
  }
  if (data.benefits) {
    pdf.font('bold').text(categoryLabels.benefits.el);
    const items = data.benefits.items.map((b) => `${b.name.el}: ${b.status.el}`);
    pdf.font('regular').text(items.join('\n') || '—');
  }
  if (data.caseSummary) {
    pdf.font('bold').text(categoryLabels.case_summary.el);
    if (data.caseSummary.topics.length > 0) line(pdf, 'Θέματα', data.caseSummary.topics.join(', '));
    line(pdf, 'Ανάγκες', data.caseSummary.needs);
  }
}

function formatEuro(amount: number): string {
  return `${amount.toLocaleString('el-GR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
}
