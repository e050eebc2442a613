import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useSubmit } from '../../lib/use-submit.js';
import { ResidentPicker } from '../residents/ResidentPicker.js';
import { registerAtDesk, type Registration } from './events-api.js';

/** The desk registers a resident found by search, or someone without a file. */
export function DeskRegisterForm({
  eventId,
  onDone,
}: {
  eventId: string;
  onDone: (r: Registration) => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [done, setDone] = useState<Registration | null>(null);

  async function send(body: Parameters<typeof registerAtDesk>[1]) {
    const registration = await submit.run(() => registerAtDesk(eventId, body));
    if (registration) {
      setDone(registration);
      setName('');
      setPhone('');
      setEmail('');
      onDone(registration);
    }
  }

  function onOther(e: FormEvent) {
    e.preventDefault();
    void send({
      name: name.trim(),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(email.trim() ? { email: email.trim() } : {}),
    });
  }

  return (
    <section aria-labelledby="desk-register">
      <h2 className="govgr-heading-l" id="desk-register">
        {t('events.desk.title')}
      </h2>
      <ErrorSummary messages={submit.messages} />
      {done ? (
        <p className="govgr-body" role="status" data-testid="desk-result">
          {t(`events.desk.result.${done.status}`, {
            name: done.name,
            position: done.position ?? '',
          })}
        </p>
      ) : null}
      <ResidentPicker
        id="event-resident"
        label={t('events.desk.findResident')}
        exclude={[]}
        onPick={(resident) => void send({ residentId: resident.id })}
      />
      <form className="govgr-form" noValidate onSubmit={onOther}>
        <h3 className="govgr-heading-s">{t('events.desk.withoutFile')}</h3>
        <TextField
          id="name"
          label={t('events.desk.name')}
          value={name}
          onChange={setName}
          error={submit.fieldErrors.name}
        />
        <TextField
          id="phone"
          type="tel"
          label={t('events.desk.phone')}
          value={phone}
          onChange={setPhone}
          error={submit.fieldErrors.phone}
          widthClass="govgr-input--width-20"
        />
        <TextField
          id="email"
          type="email"
          label={t('events.desk.email')}
          value={email}
          onChange={setEmail}
          error={submit.fieldErrors.email}
        />
        <Button type="submit" variant="secondary" disabled={submit.submitting}>
          {t('events.desk.register')}
        </Button>
      </form>
    </section>
  );
}
