import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { InitialFocus } from '../../components/InitialFocus.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import { useSubmit } from '../../lib/use-submit.js';
import { createRequest } from './api/create-request.js';
import { useRequestSubjects } from './api/list-subjects.js';
import { AXES, CHANNELS, REQUEST_OUTCOMES, type RequestView } from './request-types.js';

interface LogRequestFormProps {
  residentId?: string;
  onSaved: (request: RequestView) => void;
}

/** Built for the desk: sensible defaults, Enter submits, a walk-in logged in seconds. */
export function LogRequestForm({ residentId, onSaved }: LogRequestFormProps) {
  const { t } = useTranslation();
  const subjects = useRequestSubjects();
  const [channel, setChannel] = useState<string>('in_person');
  const [axis, setAxis] = useState<string>('reception');
  const [subject, setSubject] = useState('');
  const [outcome, setOutcome] = useState<string>('answered');
  const [duration, setDuration] = useState('10');
  const [notes, setNotes] = useState('');
  const [anonymous, setAnonymous] = useState(!residentId);
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const vocab = (name: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`vocab.${name}.${v}`) }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FieldMessage[] = [];
    if (!subject.trim())
      found.push({
        field: 'subject',
        message: t('common.required', { field: t('requests.subject') }),
      });
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 600)
      found.push({ field: 'durationMinutes', message: t('requests.durationInvalid') });
    if (!residentId && !anonymous)
      found.push({ field: 'anonymous', message: t('requests.anonymousRequired') });
    if (!submit.validate(found)) return;
    const saved = await submit.run(() =>
      createRequest({
        ...(residentId ? { residentId } : {}),
        channel,
        axis,
        subject: subject.trim(),
        outcome,
        durationMinutes: minutes,
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      }),
    );
    if (saved) onSaved(saved);
  }

  return (
    <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <InitialFocus targetId="subject" />
      <ErrorSummary messages={submit.messages} />
      <TextField
        id="subject"
        label={t('requests.subject')}
        value={subject}
        onChange={setSubject}
        error={errors.subject}
        list="request-subjects"
        autoComplete="off"
        maxLength={200}
      />
      <datalist id="request-subjects">
        {(subjects.data?.items ?? []).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <Select
        id="axis"
        label={t('requests.axis')}
        value={axis}
        options={vocab('axis', AXES)}
        onChange={setAxis}
        error={errors.axis}
      />
      <Select
        id="channel"
        label={t('requests.channel')}
        value={channel}
        options={vocab('channel', CHANNELS)}
        onChange={setChannel}
        error={errors.channel}
      />
      <Select
        id="outcome"
        label={t('requests.outcome')}
        value={outcome}
        options={vocab('requestOutcome', REQUEST_OUTCOMES)}
        onChange={setOutcome}
        error={errors.outcome}
      />
      <TextField
        id="durationMinutes"
        type="number"
        min={0}
        max={600}
        label={t('requests.duration')}
        value={duration}
        onChange={setDuration}
        error={errors.durationMinutes}
        widthClass="govgr-input--width-5"
      />
      <TextArea
        id="notes"
        label={t('requests.notes')}
        value={notes}
        onChange={setNotes}
        error={errors.notes}
        rows={2}
      />
      {residentId ? null : (
        <div className="govgr-field">
          <Checkbox
            id="anonymous"
            label={t('requests.anonymous')}
            checked={anonymous}
            onChange={setAnonymous}
          />
        </div>
      )}
      <Button type="submit" disabled={submit.submitting}>
        {t('requests.save')}
      </Button>
    </form>
  );
}
