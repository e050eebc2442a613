import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import {
  fromLocalInput,
  saveEvent,
  toLocalInput,
  useEvent,
  type StaffEvent,
} from './events-api.js';

type Draft = Record<
  | 'titleEl'
  | 'titleEn'
  | 'descriptionEl'
  | 'descriptionEn'
  | 'audienceEl'
  | 'audienceEn'
  | 'place'
  | 'onlineUrl'
  | 'startsAt'
  | 'endsAt'
  | 'capacity'
  | 'registrationOpensAt'
  | 'registrationClosesAt'
  | 'offerHours',
  string
>;

function draftOf(event?: StaffEvent): Draft {
  return {
    titleEl: event?.titleEl ?? '',
    titleEn: event?.titleEn ?? '',
    descriptionEl: event?.descriptionEl ?? '',
    descriptionEn: event?.descriptionEn ?? '',
    audienceEl: event?.audienceEl ?? '',
    audienceEn: event?.audienceEn ?? '',
    place: event?.place ?? '',
    onlineUrl: event?.onlineUrl ?? '',
    startsAt: event ? toLocalInput(event.startsAt) : '',
    endsAt: event ? toLocalInput(event.endsAt) : '',
    capacity: event ? String(event.capacity) : '20',
    registrationOpensAt: toLocalInput(event?.registrationOpensAt ?? new Date().toISOString()),
    registrationClosesAt: event ? toLocalInput(event.registrationClosesAt) : '',
    offerHours: String(event?.offerHours ?? 24),
  };
}

export function EditEventPage({ id }: { id: string }) {
  const event = useEvent(id);
  if (event.error) return <LoadError error={event.error} onRetry={event.reload} />;
  if (!event.data) return <Loading />;
  return <EventForm event={event.data} />;
}

/** Creates an event (a draft) or edits one at the version loaded. */
export function EventForm({ event }: { event?: StaffEvent }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const submit = useSubmit();
  const [draft, setDraft] = useState<Draft>(() => draftOf(event));
  const title = event ? t('events.form.editTitle') : t('events.form.newTitle');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const errors = submit.fieldErrors;
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const field = (key: keyof Draft, extra: Record<string, unknown> = {}) => ({
    id: key,
    label: t(`events.form.${key}`),
    value: draft[key],
    onChange: set(key),
    error: errors[key],
    ...extra,
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const missing = (['titleEl', 'startsAt', 'endsAt', 'registrationClosesAt'] as const)
      .filter((key) => !draft[key].trim())
      .map((key) => ({
        field: key,
        message: t('events.form.required', { field: t(`events.form.${key}`) }),
      }));
    if (!submit.validate(missing)) return;
    const optional = (key: keyof Draft) => (draft[key].trim() ? { [key]: draft[key].trim() } : {});
    const saved = await submit.run(() =>
      saveEvent(
        {
          titleEl: draft.titleEl.trim(),
          descriptionEl: draft.descriptionEl,
          ...optional('titleEn'),
          ...optional('descriptionEn'),
          ...optional('audienceEl'),
          ...optional('audienceEn'),
          ...optional('place'),
          ...optional('onlineUrl'),
          startsAt: fromLocalInput(draft.startsAt),
          endsAt: fromLocalInput(draft.endsAt),
          capacity: Number(draft.capacity),
          registrationOpensAt: fromLocalInput(draft.registrationOpensAt),
          registrationClosesAt: fromLocalInput(draft.registrationClosesAt),
          offerHours: Number(draft.offerHours),
        },
        event,
      ),
    );
    if (saved) navigate(`/${saved.id}`);
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <ErrorSummary messages={submit.messages} />
      <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField {...field('titleEl')} />
        <TextField {...field('titleEn')} />
        <TextArea {...field('descriptionEl', { rows: 5, maxLength: 10000 })} />
        <TextArea {...field('descriptionEn', { rows: 5, maxLength: 10000 })} />
        <TextField {...field('audienceEl')} />
        <TextField {...field('audienceEn')} />
        <TextField {...field('place', { hint: t('events.form.placeHint') })} />
        <TextField {...field('onlineUrl', { type: 'url' })} />
        <TextField {...field('startsAt', { type: 'datetime-local' })} />
        <TextField {...field('endsAt', { type: 'datetime-local' })} />
        <TextField
          {...field('capacity', { type: 'number', min: 1, widthClass: 'govgr-input--width-5' })}
        />
        <TextField {...field('registrationOpensAt', { type: 'datetime-local' })} />
        <TextField {...field('registrationClosesAt', { type: 'datetime-local' })} />
        <TextField
          {...field('offerHours', {
            type: 'number',
            min: 1,
            max: 168,
            hint: t('events.form.offerHoursHint'),
            widthClass: 'govgr-input--width-5',
          })}
        />
        <Button type="submit" disabled={submit.submitting}>
          {t('events.form.save')}
        </Button>
      </form>
    </>
  );
}
