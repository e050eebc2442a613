import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import { TextField } from '../../../components/TextField.js';
import { formatDateTime } from '../../../lib/format-time.js';
import type { Submit } from '../../../lib/use-submit.js';
import type { Absences } from './use-absences.js';

/** A staff member's absences: the list with «remove», and a form to add one. */
export function AbsencesSection(props: { absences: Absences; submit: Submit }) {
  const { absences, submit } = props;
  const { draft: absence, setDraft: setAbsence } = absences;
  const { t, i18n } = useTranslation();
  return (
    <>
      <h3 className="govgr-heading-m">{t('appointments.settings.absences')}</h3>
      <ul className="govgr-list">
        {absences.items.map((a) => (
          <li key={a.id}>
            {`${formatDateTime(a.startsAt, i18n.language)} – ${formatDateTime(a.endsAt, i18n.language)}${a.reason ? ` · ${a.reason}` : ''}`}{' '}
            <Button variant="link" onClick={() => void absences.onRemove(a.id)}>
              {t('appointments.settings.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <form noValidate className="kt-inline-actions" onSubmit={(e) => void absences.onAdd(e)}>
        <TextField
          id="absence-from"
          type="datetime-local"
          label={t('appointments.settings.from')}
          value={absence.from}
          onChange={(v) => setAbsence((a) => ({ ...a, from: v }))}
        />
        <TextField
          id="absence-to"
          type="datetime-local"
          label={t('appointments.settings.to')}
          value={absence.to}
          onChange={(v) => setAbsence((a) => ({ ...a, to: v }))}
        />
        <TextField
          id="absence-reason"
          label={t('appointments.settings.reason')}
          value={absence.reason}
          onChange={(v) => setAbsence((a) => ({ ...a, reason: v }))}
        />
        <Button type="submit" disabled={submit.submitting || !absence.from || !absence.to}>
          {t('appointments.settings.addAbsence')}
        </Button>
      </form>
    </>
  );
}
