import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { isStale, StaleRecordNotice } from '../../components/StaleRecordNotice.js';
import { apiFetch } from '../../lib/api.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { updateResident } from './api/update-resident.js';
import {
  fromResidentDraft,
  toResidentDraft,
  validateResidentDraft,
  type ResidentDraft,
} from './resident-draft.js';
import { RESIDENT_SECTIONS } from './resident-fields.js';
import { ResidentFieldsets } from './ResidentFieldsets.js';
import type { ResidentView } from './resident-types.js';

interface DetailsSectionProps {
  resident: ResidentView;
  onSaved: (r: ResidentView) => void;
}

export function DetailsSection({ resident, onSaved }: DetailsSectionProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [draft, setDraft] = useState<ResidentDraft | null>(null);
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft || !submit.validate(validateResidentDraft(draft, t))) return;
    const input = { ...fromResidentDraft(draft), version: resident.version };
    const result = await submit.run(async () => {
      try {
        return await updateResident(resident.id, input);
      } catch (error) {
        setStale(isStale(error));
        throw error;
      }
    });
    if (result) {
      onSaved(result);
      setDraft(null);
      setSaved(true);
    }
  }

  async function reload() {
    const fresh = await apiFetch<ResidentView>(`/api/residents/${resident.id}`);
    onSaved(fresh);
    setDraft(toResidentDraft(fresh));
    setStale(false);
    submit.clear();
  }

  if (draft) {
    return (
      <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <ErrorSummary messages={submit.messages} />
        {stale ? <StaleRecordNotice onReload={() => void reload()} /> : null}
        <ResidentFieldsets
          draft={draft}
          errors={submit.fieldErrors}
          onChange={(key, value) => setDraft((d) => ({ ...d, [key]: value }))}
        />
        <div className="kt-inline-actions">
          <Button type="submit" disabled={submit.submitting}>
            {t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => setDraft(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    );
  }

  const view = toResidentDraft(resident);
  return (
    <>
      {saved ? (
        <NotificationBanner title={t('residents.savedTitle')} success>
          <p className="govgr-body">{t('residents.savedText')}</p>
        </NotificationBanner>
      ) : null}
      {RESIDENT_SECTIONS.map((section) => (
        <div key={section.legend}>
          <h3 className="govgr-heading-m">{t(`residents.section.${section.legend}`)}</h3>
          <dl className="kt-facts">
            {section.fields.map((f) => {
              const value = view[f.key] ?? '';
              const shown = value && f.vocab ? t(`vocab.${f.vocab.name}.${value}`) : value;
              return (
                <div key={f.key}>
                  <dt>{t(`residents.field.${f.key.replace('.', '_')}`)}</dt>
                  <dd>{shown || t('common.notStated')}</dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
      {hasPermission(session, 'residents.write') ? (
        <Button
          variant="secondary"
          onClick={() => {
            setSaved(false);
            setDraft(toResidentDraft(resident));
          }}
        >
          {t('residents.edit')}
        </Button>
      ) : null}
    </>
  );
}
