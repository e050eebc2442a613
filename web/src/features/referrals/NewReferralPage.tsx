import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { createReferral } from './api/referrals-api.js';
import { DestinationPicker, type DestinationChoice } from './DestinationPicker.js';
import { CATEGORIES, URGENCIES } from './referral-types.js';

/** The referral form, opened from a case (?caseId=&residentId=) or a resident file. */
export function NewReferralPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const residentId = params.get('residentId') ?? '';
  const caseId = params.get('caseId') ?? '';
  const [destination, setDestination] = useState<DestinationChoice | null>(null);
  const [partnerEmail, setPartnerEmail] = useState('');
  const [reason, setReason] = useState('');
  const [urgency, setUrgency] = useState('routine');
  const [categories, setCategories] = useState<string[]>(['identity', 'contact']);
  const [dueOn, setDueOn] = useState('');
  const [override, setOverride] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const canOverride = hasPermission(session, 'referrals.consent_override');
  const f = (key: string) => t(`referrals.form.${key}`);
  const title = t('referrals.newTitle');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));

  function toggle(category: string, on: boolean) {
    setCategories((c) => (on ? [...c, category] : c.filter((x) => x !== category)));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FieldMessage[] = [];
    if (!destination || (destination.kind === 'external' && !destination.name.trim())) {
      found.push({ field: 'serviceId', message: f('chooseDestination') });
    }
    if (!reason.trim()) found.push({ field: 'reason', message: f('reasonRequired') });
    if (!submit.validate(found) || !destination) return;
    const created = await submit.run(() =>
      createReferral({
        residentId,
        ...(caseId ? { caseId } : {}),
        ...(destination.kind === 'service'
          ? { serviceId: destination.option.serviceId }
          : { externalOrganization: destination.name.trim() }),
        ...(partnerEmail.trim() ? { partnerEmail: partnerEmail.trim() } : {}),
        reason: reason.trim(),
        urgency,
        sharedCategories: CATEGORIES.filter((c) => categories.includes(c)),
        ...(dueOn ? { dueOn } : {}),
        ...(override.trim() ? { consentOverrideReason: override.trim() } : {}),
      }),
    );
    if (created) navigate(`/${created.id}?created`);
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <ErrorSummary messages={submit.messages} />
        <DestinationPicker
          choice={destination}
          onChoose={setDestination}
          error={errors.serviceId ?? errors.externalOrganization}
        />
        <TextField
          id="partnerEmail"
          type="email"
          label={f('partnerEmail')}
          hint={f('partnerEmailHint')}
          value={partnerEmail}
          onChange={setPartnerEmail}
          error={errors.partnerEmail}
          autoComplete="off"
        />
        <TextArea
          id="reason"
          label={f('reason')}
          hint={f('reasonHint')}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          rows={5}
          maxLength={4000}
        />
        <Select
          id="urgency"
          label={t('referrals.urgency')}
          value={urgency}
          options={URGENCIES.map((u) => ({ value: u, label: t(`referrals.urgencyValue.${u}`) }))}
          onChange={setUrgency}
          error={errors.urgency}
        />
        <div className="govgr-field">
          <fieldset className="govgr-fieldset" aria-describedby="categories-hint">
            <legend className="govgr-fieldset__legend govgr-heading-s">{f('categories')}</legend>
            <p className="govgr-hint" id="categories-hint">
              {f('categoriesHint')}
            </p>
            <div className="govgr-checkboxes" id="sharedCategories">
              {CATEGORIES.map((c) => (
                <Checkbox
                  key={c}
                  id={`category-${c}`}
                  label={t(`referrals.category.${c}`)}
                  checked={categories.includes(c)}
                  onChange={(on) => toggle(c, on)}
                />
              ))}
            </div>
          </fieldset>
        </div>
        <TextField
          id="dueOn"
          type="date"
          label={f('dueOn')}
          hint={f('dueOnHint')}
          value={dueOn}
          onChange={setDueOn}
          error={errors.dueOn}
          widthClass="govgr-input--width-10"
        />
        {canOverride ? (
          <TextArea
            id="consentOverrideReason"
            label={f('consentOverride')}
            hint={f('consentOverrideHint')}
            value={override}
            onChange={setOverride}
            error={errors.consentOverrideReason}
            rows={2}
            maxLength={2000}
          />
        ) : null}
        <Button type="submit" disabled={submit.submitting}>
          {f('submit')}
        </Button>
      </form>
    </>
  );
}
