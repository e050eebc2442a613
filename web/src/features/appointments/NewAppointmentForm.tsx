import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import { localized } from '../../lib/types.js';
import { useSubmit } from '../../lib/use-submit.js';
import type { Slot } from '../../portal/booking/booking-types.js';
import '../../portal/booking/booking.css';
import { formatSlot, todayInZone } from '../../portal/booking/dates.js';
import { SlotList } from '../../portal/booking/SlotList.js';
import { ResidentPicker } from '../residents/ResidentPicker.js';
import { useColleagues } from '../staff/api/list-colleagues.js';
import { bookAppointment, useAppointmentTypes } from './api/agenda.js';

/** Reception books for a resident (from the file) or for a caller by name and contact. */
export function NewAppointmentForm({ onBooked }: { onBooked: (startsAt: string) => void }) {
  const { t, i18n } = useTranslation();
  const types = useAppointmentTypes();
  const colleagues = useColleagues();
  const submit = useSubmit();
  const [typeId, setTypeId] = useState('');
  const [resident, setResident] = useState<{ id: string; name: string } | null>(null);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [day, setDay] = useState(todayInZone());
  const [staffId, setStaffId] = useState('');
  const [slot, setSlot] = useState<Slot | null>(null);
  const [reason, setReason] = useState('');
  const names = new Map((colleagues.data?.items ?? []).map((c) => [c.id, c.displayName]));
  const active = (types.data?.items ?? []).filter((x) => x.active);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FieldMessage[] = [];
    if (!typeId) found.push({ field: 'typeId', message: t('appointments.form.typeMissing') });
    if (!resident && !name.trim())
      found.push({ field: 'name', message: t('appointments.form.whoMissing') });
    if (!slot) found.push({ field: 'day', message: t('appointments.form.slotMissing') });
    if (!submit.validate(found) || !slot) return;
    const booked = await submit.run(() =>
      bookAppointment({
        typeId,
        startsAt: slot.startsAt,
        staffId: slot.staffId,
        ...(resident ? { residentId: resident.id } : {}),
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        ...(email.trim() ? { email: email.trim() } : {}),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    );
    if (booked) onBooked(booked.startsAt);
  }

  const errors = submit.fieldErrors;
  return (
    <section aria-labelledby="new-appointment-heading">
      <h2 className="govgr-heading-l" id="new-appointment-heading">
        {t('appointments.new')}
      </h2>
      <ErrorSummary messages={submit.messages} />
      <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Select
          id="typeId"
          label={t('appointments.type')}
          value={typeId}
          onChange={(v) => {
            setTypeId(v);
            setSlot(null);
          }}
          error={errors.typeId}
          options={[
            { value: '', label: t('common.choose') },
            ...active.map((x) => ({ value: x.id, label: localized(x.name, i18n.language) })),
          ]}
        />
        <fieldset className="govgr-fieldset">
          <legend className="govgr-fieldset__legend govgr-heading-s">
            {t('appointments.form.who')}
          </legend>
          {resident ? (
            <p className="govgr-body">
              {resident.name}{' '}
              <Button variant="link" onClick={() => setResident(null)}>
                {t('appointments.form.removeResident', { name: resident.name })}
              </Button>
            </p>
          ) : (
            <ResidentPicker
              id="resident-search"
              label={t('appointments.form.resident')}
              exclude={[]}
              onPick={(r) => setResident({ id: r.id, name: `${r.surname} ${r.givenName}` })}
            />
          )}
          <TextField
            id="name"
            label={t('appointments.form.name')}
            hint={t('appointments.form.nameHint')}
            value={name}
            onChange={setName}
            error={errors.name}
          />
          <TextField
            id="phone"
            type="tel"
            label={t('booking.details.phone')}
            value={phone}
            onChange={setPhone}
            error={errors.phone}
            widthClass="govgr-input--width-20"
          />
          <TextField
            id="email"
            type="email"
            label={t('booking.details.email')}
            value={email}
            onChange={setEmail}
            error={errors.email}
          />
        </fieldset>
        <div className="kt-inline-actions">
          <TextField
            id="day"
            type="date"
            label={t('appointments.date')}
            value={day}
            min={todayInZone()}
            onChange={(v) => {
              setDay(v);
              setSlot(null);
            }}
            error={errors.day}
            widthClass="govgr-input--width-10"
          />
          <Select
            id="staffId"
            label={t('appointments.form.staffOptional')}
            value={staffId}
            onChange={(v) => {
              setStaffId(v);
              setSlot(null);
            }}
            options={[
              { value: '', label: t('appointments.everyone') },
              ...(colleagues.data?.items ?? []).map((c) => ({
                value: c.id,
                label: c.displayName,
              })),
            ]}
          />
        </div>
        {typeId && day ? (
          <SlotList
            typeId={typeId}
            day={day}
            endpoint="/api/availability"
            selected={slot}
            onSelect={setSlot}
            staffName={(id) => names.get(id) ?? '—'}
            {...(staffId ? { staffId } : {})}
          />
        ) : null}
        {slot ? (
          <p className="govgr-body" role="status">
            {t('appointments.form.chosen', {
              when: formatSlot(slot.startsAt, i18n.language),
              staff: names.get(slot.staffId) ?? '',
            })}
          </p>
        ) : null}
        <TextArea
          id="reason"
          label={t('appointments.form.reason')}
          value={reason}
          onChange={setReason}
          rows={2}
        />
        <Button type="submit" disabled={submit.submitting}>
          {t('appointments.form.submit')}
        </Button>
      </form>
    </section>
  );
}
