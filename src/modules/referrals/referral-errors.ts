import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.js';
import { pickLanguage } from '../../server/i18n/language.js';
import { registerFieldLabels } from '../../server/i18n/messages.js';
import type { ReferralStatus } from './referrals.tables.js';
import { statusLabels } from './referrals.vocabulary.js';

/**
 * `invalid_transition` names the two statuses in the caller's language (services do not know
 * it): the codes the service put in the params become labels here.
 */
export async function withStatusLabels<T>(request: FastifyRequest, run: () => Promise<T>) {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'invalid_transition') throw error;
    const lang = pickLanguage(request.headers['accept-language']);
    const label = (code: string | number | undefined) =>
      statusLabels[code as ReferralStatus]?.[lang] ?? String(code);
    throw new AppError('invalid_transition', {
      field: error.field,
      params: { from: label(error.params.from), to: label(error.params.to) },
      cause: error,
    });
  }
}

/** The names of this module's input fields in error messages. */
export function registerReferralFieldLabels(): void {
  registerFieldLabels({
    el: {
      residentId: 'Ωφελούμενος',
      caseId: 'Φάκελος',
      serviceId: 'Υπηρεσία',
      organizationId: 'Φορέας',
      externalOrganization: 'Άλλος φορέας',
      partnerEmail: 'E-mail του φορέα',
      urgency: 'Προτεραιότητα',
      sharedCategories: 'Στοιχεία που κοινοποιούνται',
      dueOn: 'Προθεσμία απάντησης',
      ownerId: 'Υπεύθυνος/η',
      consentOverrideReason: 'Αιτιολογία παράκαμψης συγκατάθεσης',
      token: 'Σύνδεσμος',
    },
    en: {
      residentId: 'Resident',
      caseId: 'Case',
      serviceId: 'Service',
      organizationId: 'Organization',
      externalOrganization: 'Other organization',
      partnerEmail: "Partner's e-mail",
      urgency: 'Urgency',
      sharedCategories: 'Data shared',
      dueOn: 'Answer due',
      ownerId: 'Case worker',
      consentOverrideReason: 'Reason for the consent override',
      token: 'Link',
    },
  });
}
