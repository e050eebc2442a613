import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import { Checkbox } from '../../../components/Checkbox.js';
import { Select } from '../../../components/Select.js';
import { TextField } from '../../../components/TextField.js';
import type { Submit } from '../../../lib/use-submit.js';
import { MODES } from '../appointment-types.js';
import type { TypeDraft } from './type-draft.js';
import { TypeNumberFields } from './TypeNumberFields.js';

interface TypeFormProps {
  draft: TypeDraft;
  set: <K extends keyof TypeDraft>(k: K) => (v: TypeDraft[K]) => void;
  editing: boolean;
  submit: Submit;
  onSubmit: (event: FormEvent) => Promise<void>;
  onCancel: () => void;
}

/** Creates a new appointment type or edits the one chosen from the list. */
export function TypeForm(props: TypeFormProps) {
  const { draft, set, editing, submit, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  return (
    <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <TextField
        id="type-name-el"
        label={t('appointments.settings.nameEl')}
        value={draft.nameEl}
        onChange={set('nameEl')}
        error={submit.fieldErrors['type-name-el']}
      />
      <TextField
        id="type-name-en"
        label={t('appointments.settings.nameEn')}
        value={draft.nameEn}
        onChange={set('nameEn')}
      />
      <TypeNumberFields draft={draft} set={set} />
      <Select
        id="type-mode"
        label={t('appointments.settings.mode')}
        value={draft.mode}
        onChange={(v) => set('mode')(MODES.find((m) => m === v) ?? 'in_person')}
        options={MODES.map((m) => ({ value: m, label: t(`booking.mode.${m}`) }))}
      />
      <div className="govgr-checkboxes govgr-field">
        <Checkbox
          id="type-public"
          label={t('appointments.settings.publicLabel')}
          checked={draft.isPublic}
          onChange={set('isPublic')}
        />
        {editing ? (
          <Checkbox
            id="type-active"
            label={t('appointments.settings.activeLabel')}
            checked={draft.active}
            onChange={set('active')}
          />
        ) : null}
      </div>
      <div className="govgr-button-group kt-inline-actions">
        <Button type="submit" disabled={submit.submitting}>
          {t('common.save')}
        </Button>
        {editing ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
