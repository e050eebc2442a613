import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { fieldId } from '../../lib/form-errors.js';
import { useSubmit } from '../../lib/use-submit.js';
import { updateSettings } from './api/update-settings.js';
import { OpeningHoursFieldset } from './OpeningHoursFieldset.js';
import {
  formField,
  fromDraft,
  toDraft,
  validateDraft,
  type SettingsDraft,
} from './settings-draft.js';
import type { CenterSettings } from './settings-types.js';

interface SettingsFormProps {
  settings: CenterSettings;
  readOnly: boolean;
  onSaved: (settings: CenterSettings) => void;
}

const SECTIONS: { legend: string; fields: [string, string, string?][] }[] = [
  {
    legend: 'settings.identity',
    fields: [
      ['name.el', 'settings.nameEl'],
      ['name.en', 'settings.nameEn'],
      ['municipality.el', 'settings.municipalityEl'],
      ['municipality.en', 'settings.municipalityEn'],
    ],
  },
  {
    legend: 'settings.address',
    fields: [
      ['address.street', 'settings.street'],
      ['address.number', 'settings.number'],
      ['address.postcode', 'settings.postcode'],
      ['address.city.el', 'settings.cityEl'],
      ['address.city.en', 'settings.cityEn'],
    ],
  },
  {
    legend: 'settings.contact',
    fields: [
      ['phones', 'settings.phones', 'settings.phonesHint'],
      ['email', 'settings.email'],
      ['website', 'settings.website', 'settings.websiteHint'],
      ['timezone', 'settings.timezone'],
    ],
  },
];

const AUTOCOMPLETE: Record<string, string> = {
  'address.postcode': 'postal-code',
  email: 'email',
  website: 'url',
};

export function SettingsForm({ settings, readOnly, onSaved }: SettingsFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const submit = useSubmit();
  const messages = submit.messages.map((m) =>
    m.field ? { ...m, field: formField(m.field, draft) } : m,
  );
  const errors: Record<string, string> = {};
  for (const m of messages) if (m.field && !errors[m.field]) errors[m.field] = m.message;

  const setText = (key: string, value: string) =>
    setDraft((d) => ({ ...d, text: { ...d.text, [key]: value } }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!submit.validate(validateDraft(draft, t))) return;
    const saved = await submit.run(() => updateSettings(fromDraft(draft)));
    if (saved) {
      setDraft(toDraft(saved));
      onSaved(saved);
    }
  }

  return (
    <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary messages={messages} />
      {SECTIONS.map((section) => (
        <fieldset key={section.legend} className="govgr-fieldset" disabled={readOnly}>
          <legend className="govgr-fieldset__legend govgr-heading-m">{t(section.legend)}</legend>
          {section.fields.map(([key, label, hint]) => (
            <TextField
              key={key}
              id={fieldId(key)}
              label={t(label)}
              hint={hint ? t(hint) : undefined}
              value={draft.text[key] ?? ''}
              onChange={(value) => setText(key, value)}
              error={errors[key]}
              type={key === 'email' ? 'email' : key === 'website' ? 'url' : 'text'}
              autoComplete={AUTOCOMPLETE[key] ?? 'off'}
            />
          ))}
        </fieldset>
      ))}
      <OpeningHoursFieldset
        hours={draft.hours}
        errors={errors}
        readOnly={readOnly}
        onChange={(day, value) => setDraft((d) => ({ ...d, hours: { ...d.hours, [day]: value } }))}
      />
      <fieldset className="govgr-fieldset" disabled={readOnly}>
        <Checkbox
          id="byAppointment"
          label={t('settings.byAppointment')}
          checked={draft.byAppointment}
          onChange={(byAppointment) => setDraft((d) => ({ ...d, byAppointment }))}
        />
      </fieldset>
      {readOnly ? null : (
        <Button type="submit" disabled={submit.submitting}>
          {t('common.save')}
        </Button>
      )}
    </form>
  );
}
