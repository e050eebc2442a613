import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { TextField } from '../../components/TextField.js';
import { fieldId } from '../../lib/form-errors.js';
import { useSubmit } from '../../lib/use-submit.js';
import { ResidentPicker } from '../residents/ResidentPicker.js';
import { addHouseholdMember } from './api/households.js';
import { RELATIONSHIPS, type HouseholdView } from './household-types.js';

interface AddMemberFormProps {
  household: HouseholdView;
  onSaved: (h: HouseholdView) => void;
}

/** A member is an existing resident, or a minimal record for someone who never comes in. */
export function AddMemberForm({ household, onSaved }: AddMemberFormProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [surname, setSurname] = useState('');
  const [givenName, setGivenName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [relationship, setRelationship] = useState('child');
  const [startDate, setStartDate] = useState(() => new Date().toISOString().slice(0, 10));
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!picked && (!surname.trim() || !givenName.trim())) {
      submit.validate([{ field: 'person.surname', message: t('households.whoRequired') }]);
      return;
    }
    const who = picked
      ? { residentId: picked.id }
      : {
          person: {
            surname: surname.trim(),
            givenName: givenName.trim(),
            ...(birthDate ? { birthDate } : {}),
          },
        };
    const saved = await submit.run(() =>
      addHouseholdMember(household.id, { ...who, relationship, startDate }),
    );
    if (saved) {
      setPicked(null);
      setSurname('');
      setGivenName('');
      setBirthDate('');
      onSaved(saved);
    }
  }

  return (
    <form
      className="govgr-form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby={`add-member-${household.id}`}
    >
      <h4 className="govgr-heading-s" id={`add-member-${household.id}`}>
        {t('households.addMember')}
      </h4>
      <ErrorSummary messages={submit.messages} />
      {picked ? (
        <p className="govgr-body">
          {t('households.picked', { name: picked.name })}{' '}
          <Button variant="link" onClick={() => setPicked(null)}>
            {t('households.unpick')}
          </Button>
        </p>
      ) : (
        <>
          <ResidentPicker
            id={`member-search-${household.id}`}
            label={t('households.findResident')}
            exclude={household.members.flatMap((m) => (m.residentId ? [m.residentId] : []))}
            onPick={(r) => setPicked({ id: r.id, name: `${r.surname} ${r.givenName}` })}
          />
          <p className="govgr-hint">{t('households.orPerson')}</p>
          <TextField
            id={fieldId('person.surname')}
            label={t('residents.field.surname')}
            value={surname}
            onChange={setSurname}
            error={errors['person.surname']}
          />
          <TextField
            id={fieldId('person.givenName')}
            label={t('residents.field.givenName')}
            value={givenName}
            onChange={setGivenName}
            error={errors['person.givenName']}
          />
          <TextField
            id={fieldId('person.birthDate')}
            type="date"
            label={t('residents.field.birthDate')}
            value={birthDate}
            onChange={setBirthDate}
            error={errors['person.birthDate']}
            widthClass="govgr-input--width-10"
          />
        </>
      )}
      <Select
        id="relationship"
        label={t('households.relationship')}
        value={relationship}
        onChange={setRelationship}
        options={RELATIONSHIPS.map((r) => ({ value: r, label: t(`vocab.relationship.${r}`) }))}
        error={errors.relationship}
      />
      <TextField
        id="startDate"
        type="date"
        label={t('households.startDate')}
        value={startDate}
        onChange={setStartDate}
        error={errors.startDate}
        widthClass="govgr-input--width-10"
      />
      <Button type="submit" disabled={submit.submitting}>
        {t('households.addMemberSubmit')}
      </Button>
    </form>
  );
}
