import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import { TextField } from '../../../components/TextField.js';
import type { Submit } from '../../../lib/use-submit.js';
import { addClosure } from '../api/settings.js';
import type { CalendarYear } from '../appointment-types.js';

interface ClosuresSectionProps {
  closures: CalendarYear['closures'];
  submit: Submit;
  onChanged: () => void;
  onRemove: (id: string) => Promise<void>;
}

/** Days the Center is closed: the list with «remove», and a form to add a range. */
export function ClosuresSection(props: ClosuresSectionProps) {
  const { closures, submit, onChanged, onRemove } = props;
  const { t } = useTranslation();
  const [closure, setClosure] = useState({ from: '', to: '', reason: '' });

  async function onClosure(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(() =>
      addClosure({
        startsOn: closure.from,
        endsOn: closure.to || closure.from,
        reason: closure.reason.trim(),
      }),
    );
    if (ok) {
      setClosure({ from: '', to: '', reason: '' });
      onChanged();
    }
  }

  return (
    <>
      <h3 className="govgr-heading-m">{t('appointments.settings.closures')}</h3>
      <ul className="govgr-list">
        {closures.map((c) => (
          <li key={c.id}>
            {`${c.startsOn} – ${c.endsOn} · ${c.reason}`}{' '}
            <Button variant="link" onClick={() => void onRemove(c.id)}>
              {t('appointments.settings.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <form noValidate className="kt-inline-actions" onSubmit={(e) => void onClosure(e)}>
        <TextField
          id="closure-from"
          type="date"
          label={t('appointments.settings.from')}
          value={closure.from}
          onChange={(v) => setClosure((c) => ({ ...c, from: v }))}
        />
        <TextField
          id="closure-to"
          type="date"
          label={t('appointments.settings.to')}
          value={closure.to}
          onChange={(v) => setClosure((c) => ({ ...c, to: v }))}
        />
        <TextField
          id="closure-reason"
          label={t('appointments.settings.reason')}
          value={closure.reason}
          onChange={(v) => setClosure((c) => ({ ...c, reason: v }))}
        />
        <Button
          type="submit"
          disabled={submit.submitting || !closure.from || !closure.reason.trim()}
        >
          {t('appointments.settings.addClosure')}
        </Button>
      </form>
    </>
  );
}
