import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { ResidentPicker } from '../residents/ResidentPicker.js';
import { createSession } from './api/create-session.js';
import { SESSION_KINDS } from './session-types.js';

interface Person {
  residentId: string;
  name: string;
}

function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

export function NewSessionPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const residentId = new URLSearchParams(useSearch()).get('residentId') ?? '';
  const resident = useApiQuery<{ surname: string; givenName: string }>(
    `/api/residents/${encodeURIComponent(residentId)}`,
  );
  const cases = useApiQuery<{ items: { id: string; topics: string[] }[] }>(
    `/api/cases?residentId=${encodeURIComponent(residentId)}`,
  );
  const [kind, setKind] = useState('individual');
  const [start, setStart] = useState(localNow);
  const [duration, setDuration] = useState('50');
  const [others, setOthers] = useState<Person[]>([]);
  const [caseId, setCaseId] = useState('');
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const title = t('counseling.newTitle');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const minutes = Number(duration);
    const found: FieldMessage[] = [];
    if (!start)
      found.push({
        field: 'startedAt',
        message: t('common.required', { field: t('counseling.start') }),
      });
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 600)
      found.push({ field: 'durationMinutes', message: t('requests.durationInvalid') });
    if (!submit.validate(found)) return;
    const created = await submit.run(() =>
      createSession({
        kind,
        startedAt: new Date(start).toISOString(),
        durationMinutes: minutes,
        participantResidentIds: [residentId, ...others.map((o) => o.residentId)],
        ...(caseId ? { caseId } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
    if (created) navigate(`/residents/${residentId}/counseling`);
  }

  const name = resident.data ? `${resident.data.surname} ${resident.data.givenName}` : '…';
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <p className="govgr-body">{t('counseling.forResident', { name })}</p>
      <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <ErrorSummary messages={submit.messages} />
        <Select
          id="kind"
          label={t('counseling.kind')}
          value={kind}
          onChange={setKind}
          options={SESSION_KINDS.map((k) => ({ value: k, label: t(`vocab.sessionKind.${k}`) }))}
        />
        <TextField
          id="startedAt"
          type="datetime-local"
          label={t('counseling.start')}
          value={start}
          onChange={setStart}
          error={errors.startedAt}
          widthClass="govgr-input--width-20"
        />
        <TextField
          id="durationMinutes"
          type="number"
          min={1}
          max={600}
          label={t('counseling.duration')}
          value={duration}
          onChange={setDuration}
          error={errors.durationMinutes}
          widthClass="govgr-input--width-5"
        />
        <fieldset className="govgr-fieldset">
          <legend className="govgr-fieldset__legend govgr-heading-s">
            {t('counseling.participants')}
          </legend>
          <ul className="govgr-list">
            <li>{name}</li>
            {others.map((o) => (
              <li key={o.residentId}>
                {o.name}{' '}
                <Button
                  variant="link"
                  onClick={() => setOthers((os) => os.filter((x) => x.residentId !== o.residentId))}
                >
                  {t('counseling.removeParticipant', { name: o.name })}
                </Button>
              </li>
            ))}
          </ul>
          <ResidentPicker
            id="participant-search"
            label={t('counseling.addParticipant')}
            exclude={[residentId, ...others.map((o) => o.residentId)]}
            onPick={(r) =>
              setOthers((os) => [...os, { residentId: r.id, name: `${r.surname} ${r.givenName}` }])
            }
          />
        </fieldset>
        <Select
          id="caseId"
          label={t('counseling.case')}
          value={caseId}
          onChange={setCaseId}
          options={[
            { value: '', label: t('counseling.noCase') },
            ...(cases.data?.items ?? []).map((c) => ({ value: c.id, label: c.topics.join(', ') })),
          ]}
        />
        <TextArea
          id="note"
          label={t('counseling.note')}
          hint={t('counseling.noteHint')}
          value={note}
          onChange={setNote}
          error={errors.note}
          rows={6}
        />
        <Button type="submit" disabled={submit.submitting}>
          {t('counseling.save')}
        </Button>
      </form>
    </>
  );
}
