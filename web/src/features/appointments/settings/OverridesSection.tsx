import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import { Select } from '../../../components/Select.js';
import { TextField } from '../../../components/TextField.js';
import { localized } from '../../../lib/types.js';
import type { Submit } from '../../../lib/use-submit.js';
import { addOverride } from '../api/settings.js';
import type { CalendarYear } from '../appointment-types.js';

interface OverridesSectionProps {
  overrides: CalendarYear['overrides'];
  submit: Submit;
  onChanged: () => void;
  onRemove: (id: string) => Promise<void>;
}

/** One-off changes to a day: holidays, extra working days and short days. */
export function OverridesSection(props: OverridesSectionProps) {
  const { overrides, submit, onChanged, onRemove } = props;
  const { t, i18n } = useTranslation();
  const [override, setOverride] = useState({ day: '', kind: 'holiday', closesAt: '', name: '' });

  async function onOverride(event: FormEvent) {
    event.preventDefault();
    const kind =
      override.kind === 'working_day' || override.kind === 'short_day' ? override.kind : 'holiday';
    const ok = await submit.run(() =>
      addOverride({
        day: override.day,
        kind,
        ...(kind === 'short_day' && override.closesAt ? { closesAt: override.closesAt } : {}),
        name: { el: override.name.trim(), en: override.name.trim() },
      }),
    );
    if (ok) {
      setOverride({ day: '', kind: 'holiday', closesAt: '', name: '' });
      onChanged();
    }
  }

  return (
    <>
      <h3 className="govgr-heading-m">{t('appointments.settings.overrides')}</h3>
      <ul className="govgr-list">
        {overrides.map((o) => (
          <li key={o.id}>
            {`${o.day} · ${t(`appointments.settings.kind.${o.kind}`)}${o.closesAt ? ` (${o.closesAt})` : ''} · ${localized(o.name, i18n.language)}`}{' '}
            <Button variant="link" onClick={() => void onRemove(o.id)}>
              {t('appointments.settings.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <form noValidate className="kt-inline-actions" onSubmit={(e) => void onOverride(e)}>
        <TextField
          id="override-day"
          type="date"
          label={t('appointments.date')}
          value={override.day}
          onChange={(v) => setOverride((o) => ({ ...o, day: v }))}
        />
        <Select
          id="override-kind"
          label={t('appointments.settings.kindLabel')}
          value={override.kind}
          onChange={(v) => setOverride((o) => ({ ...o, kind: v }))}
          options={['holiday', 'working_day', 'short_day'].map((k) => ({
            value: k,
            label: t(`appointments.settings.kind.${k}`),
          }))}
        />
        {override.kind === 'short_day' ? (
          <TextField
            id="override-closes"
            type="time"
            label={t('appointments.settings.closesAt')}
            value={override.closesAt}
            onChange={(v) => setOverride((o) => ({ ...o, closesAt: v }))}
          />
        ) : null}
        <TextField
          id="override-name"
          label={t('appointments.settings.overrideName')}
          value={override.name}
          onChange={(v) => setOverride((o) => ({ ...o, name: v }))}
        />
        <Button
          type="submit"
          disabled={submit.submitting || !override.day || !override.name.trim()}
        >
          {t('appointments.settings.addOverride')}
        </Button>
      </form>
    </>
  );
}
