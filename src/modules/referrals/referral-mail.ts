import type { KeyRing } from '../../lib/crypto.js';
import { signLink } from '../appointments/booking/signed-links.js';
import type { ReferralUrgency } from './referrals.tables.js';
import { urgencyLabels } from './referrals.vocabulary.js';

/** How long a partner's link opens the referral; the Center can send a fresh one at any time. */
export const PARTNER_LINK_DAYS = 60;

export interface LinkSettings {
  keyRing: KeyRing;
  /** PUBLIC_URL, else the origin the staff request came through. */
  origin: string;
}

/**
 * What a partner link is signed for: the referral and its link generation, so a fresh link
 * (which bumps the generation) revokes the ones sent before it.
 */
export function partnerLinkRecord(referral: { id: string; linkGeneration: number }): string {
  return `${referral.id}/${referral.linkGeneration}`;
}

/** The partner's signed link: the referral page of the public portal, valid for 60 days. */
export function partnerLinkUrl(
  settings: LinkSettings,
  referral: { centerId: string; id: string; linkGeneration: number },
  now: Date,
): string {
  const token = signLink(settings.keyRing, {
    centerId: referral.centerId,
    recordId: partnerLinkRecord(referral),
    action: 'referral_partner',
    expiresAt: new Date(now.getTime() + PARTNER_LINK_DAYS * 86_400_000),
  });
  return `${settings.origin}/partner/referrals/${referral.id}?token=${encodeURIComponent(token)}`;
}

/**
 * The e-mail to the partner carries no personal data (e-mail is not a safe channel): who refers,
 * how urgent, until when, and the link behind which the shared data is shown. Greek first, then
 * English, since the partner's language is not known.
 */
export function partnerLinkMail(facts: {
  centerName: { el: string; en: string };
  destination: string;
  urgency: ReferralUrgency;
  dueOn: string;
  url: string;
}): { subject: string; body: string } {
  const urgency = urgencyLabels[facts.urgency];
  return {
    subject: `Νέα παραπομπή από ${facts.centerName.el} / New referral`,
    body: [
      `Το ${facts.centerName.el} σας παραπέμπει έναν ωφελούμενο (${facts.destination}).`,
      `Προτεραιότητα: ${urgency.el}. Απάντηση έως: ${facts.dueOn}.`,
      'Δείτε την παραπομπή και απαντήστε (αποδοχή ή απόρριψη) από τον σύνδεσμο:',
      facts.url,
      `Ο σύνδεσμος ισχύει ${PARTNER_LINK_DAYS} ημέρες. Μην τον προωθείτε.`,
      '',
      `${facts.centerName.en} refers a person to you (${facts.destination}).`,
      `Priority: ${urgency.en}. Please answer by ${facts.dueOn}.`,
      'Open the referral and accept or reject it through the link above.',
      `The link is valid for ${PARTNER_LINK_DAYS} days. Do not forward it.`,
    ].join('\n'),
  };
}

/** The overdue reminder to the case worker: no resident's name either, only where to look. */
export function overdueMail(facts: { destination: string; dueOn: string; url: string | null }): {
  subject: string;
  body: string;
} {
  return {
    subject: `Εκπρόθεσμη παραπομπή (προθεσμία ${facts.dueOn})`,
    body: [
      `Η παραπομπή προς ${facts.destination} δεν έχει κλείσει και η προθεσμία της (${facts.dueOn}) πέρασε.`,
      'Επικοινωνήστε με τον φορέα ή ενημερώστε την παραπομπή.',
      ...(facts.url ? ['', facts.url] : []),
    ].join('\n'),
  };
}
