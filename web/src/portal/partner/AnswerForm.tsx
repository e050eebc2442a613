import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { TextArea } from '../../components/TextArea.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import type { Submit } from '../../lib/use-submit.js';
import {
  NOT_DELIVERED_REASONS,
  REJECTION_REASONS,
  type PartnerReferral,
  type ReferralStatus,
  type StatusAnswer,
} from './partner-types.js';

interface RadioOption {
  value: string;
  label: string;
}

function Radios(props: {
  id: string;
  legend: string;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { id, legend, options, value, onChange, error } = props;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'govgr-field govgr-field__error' : 'govgr-field'}>
      <fieldset className="govgr-fieldset" aria-describedby={errorId}>
        <legend className="govgr-fieldset__legend govgr-heading-s">{legend}</legend>
        {error ? (
          <p className="govgr-error-message" id={errorId}>
            {error}
          </p>
        ) : null}
        <div className="govgr-radios">
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            return (
              <div key={o.value} className="govgr-radios__item">
                <label className="govgr-radios__label" htmlFor={optionId}>
                  <input
                    id={optionId}
                    name={id}
                    type="radio"
                    className="govgr-radios__input"
                    value={o.value}
                    checked={value === o.value}
                    onChange={() => onChange(o.value)}
                  />
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** The partner's answer: accept, reject with a reason, start, or record the outcome. */
export function AnswerForm({
  referral,
  submit,
  onAnswer,
  cancelReasons = [],
}: {
  referral: Pick<PartnerReferral, 'nextStatuses'>;
  submit: Submit;
  onAnswer: (answer: StatusAnswer) => Promise<void>;
  /** The Center's form also cancels, with an optional reason. */
  cancelReasons?: readonly string[];
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const errors = submit.fieldErrors;
  const p = (key: string) => t(`portal.partner.${key}`);
  const reasons: readonly string[] =
    status === 'rejected'
      ? REJECTION_REASONS
      : status === 'completed' && outcome === 'not_delivered'
        ? NOT_DELIVERED_REASONS
        : status === 'cancelled'
          ? cancelReasons
          : [];
  const reasonRequired = status !== 'cancelled';
  const reasonOptions = [
    { value: '', label: t('common.choose') },
    ...reasons.map((r) => ({ value: r, label: t(`referrals.reason.${r}`) })),
  ];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FieldMessage[] = [];
    if (!status) found.push({ field: 'status', message: p('chooseAnswer') });
    if (status === 'completed' && !outcome) {
      found.push({ field: 'outcome', message: p('chooseOutcome') });
    }
    if (reasons.length > 0 && reasonRequired && !reason) {
      found.push({ field: 'reason', message: p('chooseReason') });
    }
    if (!submit.validate(found)) return;
    await onAnswer({
      status: status as ReferralStatus,
      ...(reasons.length > 0 && reason ? { reason } : {}),
      ...(status === 'completed' ? { outcome: outcome as 'delivered' | 'not_delivered' } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  }

  return (
    <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary messages={submit.messages} />
      <Radios
        id="status"
        legend={p('answer')}
        value={status}
        onChange={(v) => {
          setStatus(v);
          setReason('');
        }}
        options={referral.nextStatuses.map((s) => ({ value: s, label: p(`do.${s}`) }))}
        error={errors.status}
      />
      {status === 'completed' ? (
        <Radios
          id="outcome"
          legend={p('outcome')}
          value={outcome}
          onChange={(v) => {
            setOutcome(v);
            setReason('');
          }}
          options={['delivered', 'not_delivered'].map((o) => ({
            value: o,
            label: t(`referrals.outcomeValue.${o}`),
          }))}
          error={errors.outcome}
        />
      ) : null}
      {reasons.length > 0 ? (
        <Select
          id="reason"
          label={
            status === 'rejected'
              ? p('rejectReason')
              : status === 'cancelled'
                ? t('referrals.detail.reasonCode')
                : p('outcomeReason')
          }
          value={reason}
          options={reasonOptions}
          onChange={setReason}
          error={errors.reason}
        />
      ) : null}
      {status ? (
        <TextArea
          id="note"
          label={p('note')}
          value={note}
          onChange={setNote}
          error={errors.note}
          rows={3}
          maxLength={4000}
        />
      ) : null}
      <Button type="submit" disabled={submit.submitting}>
        {p('submit')}
      </Button>
    </form>
  );
}
