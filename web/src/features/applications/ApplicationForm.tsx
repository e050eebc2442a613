import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { isStale, StaleRecordNotice } from '../../components/StaleRecordNotice.js';
import { TextField } from '../../components/TextField.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import { formatMoney, parseMoney } from '../../lib/money.js';
import { useSubmit } from '../../lib/use-submit.js';
import { updateApplication } from './api/applications.js';
import {
  APPLICATION_STATUSES,
  type Application,
  type ApplicationPatch,
  type ApplicationStatus,
} from './application-types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Status, checklist, submission, decision and renewal of one application (PATCH with version). */
export function ApplicationForm({
  application: a,
  onSaved,
  onReload,
}: {
  application: Application;
  onSaved: (a: Application) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const p = `application-${a.id}`;
  const [status, setStatus] = useState<ApplicationStatus>(a.status);
  const [checklist, setChecklist] = useState(a.checklist);
  const [submittedAt, setSubmittedAt] = useState(a.submittedAt ?? '');
  const [platform, setPlatform] = useState(a.platform ?? '');
  const [protocolNumber, setProtocolNumber] = useState(a.protocolNumber ?? '');
  const [amount, setAmount] = useState(
    a.decision?.amount != null ? formatMoney(a.decision.amount) : '',
  );
  const [reason, setReason] = useState(a.decision?.reason ?? '');
  const [renewalDue, setRenewalDue] = useState(a.renewalDue ?? '');
  const [stale, setStale] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    const messages: FieldMessage[] = [];
    const dates = { submittedAt, renewalDue };
    for (const [key, value] of Object.entries(dates)) {
      if (value && !DATE.test(value)) {
        messages.push({ field: `${p}-${key}`, message: t('applications.dateError') });
      }
    }
    const money = amount.trim() ? parseMoney(amount) : null;
    if (amount.trim() && money === null) {
      messages.push({ field: `${p}-amount`, message: t('applications.amountError') });
    }
    if (!submit.validate(messages)) return;
    const decided = status === 'approved' || status === 'rejected' || money !== null || reason;
    const patch: ApplicationPatch = {
      version: a.version,
      status,
      checklist,
      submittedAt: submittedAt || null,
      platform: platform.trim() || null,
      protocolNumber: protocolNumber.trim() || null,
      renewalDue: renewalDue || null,
      decision: decided
        ? {
            amount: money,
            reason: reason.trim() || null,
            decidedAt: a.decision?.decidedAt ?? new Date().toISOString().slice(0, 10),
          }
        : null,
    };
    let conflict = false;
    const saved = await submit.run(async () => {
      try {
        return await updateApplication(a.id, patch);
      } catch (error) {
        conflict = isStale(error);
        throw error;
      }
    });
    setStale(conflict);
    if (saved) onSaved(saved);
  }

  return (
    <form noValidate onSubmit={(e) => void save(e)}>
      {stale ? <StaleRecordNotice onReload={onReload} /> : null}
      <ErrorSummary messages={stale ? [] : submit.messages} />
      <Select
        id={`${p}-status`}
        label={t('applications.field.status')}
        value={status}
        options={APPLICATION_STATUSES.map((s) => ({
          value: s,
          label: t(`applications.status.${s}`),
        }))}
        onChange={(v) => setStatus(v as ApplicationStatus)}
      />
      {checklist.length > 0 ? (
        <fieldset className="govgr-fieldset govgr-field">
          <legend className="govgr-fieldset__legend govgr-heading-s">
            {t('applications.checklist')}
          </legend>
          <div className="govgr-checkboxes">
            {checklist.map((item, i) => (
              <Checkbox
                key={item.code}
                id={`${p}-check-${item.code}`}
                label={item.label}
                checked={item.done}
                onChange={(done) =>
                  setChecklist((all) => all.map((x, j) => (j === i ? { ...x, done } : x)))
                }
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="kt-facts">
        <TextField
          id={`${p}-submittedAt`}
          type="date"
          label={t('applications.field.submittedAt')}
          value={submittedAt}
          onChange={setSubmittedAt}
          error={submit.fieldErrors[`${p}-submittedAt`]}
        />
        <TextField
          id={`${p}-platform`}
          label={t('applications.field.platform')}
          value={platform}
          onChange={setPlatform}
        />
        <TextField
          id={`${p}-protocolNumber`}
          label={t('applications.field.protocolNumber')}
          value={protocolNumber}
          onChange={setProtocolNumber}
        />
        <TextField
          id={`${p}-amount`}
          label={t('applications.field.decisionAmount')}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          error={submit.fieldErrors[`${p}-amount`]}
        />
        <TextField
          id={`${p}-reason`}
          label={t('applications.field.decisionReason')}
          value={reason}
          onChange={setReason}
        />
        <TextField
          id={`${p}-renewalDue`}
          type="date"
          label={t('applications.field.renewalDue')}
          value={renewalDue}
          onChange={setRenewalDue}
          error={submit.fieldErrors[`${p}-renewalDue`]}
        />
      </div>
      <Button type="submit" disabled={submit.submitting}>
        {t('common.save')}
      </Button>
    </form>
  );
}
