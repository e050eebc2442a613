import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { useSubmit } from '../../../lib/use-submit.js';
import { useAppointmentTypes } from '../api/agenda.js';
import { createType, updateType } from '../api/settings.js';
import type { AppointmentType } from '../appointment-types.js';
import { blankType, draftFromType, inputFromDraft, type TypeDraft } from './type-draft.js';
import { TypeForm } from './TypeForm.js';
import { TypeList } from './TypeList.js';

/** The appointment types: the list, and a form to add one or edit the chosen one. */
export function TypesSection() {
  const { t } = useTranslation();
  const types = useAppointmentTypes();
  const submit = useSubmit();
  const [editing, setEditing] = useState<AppointmentType | null>(null);
  const [draft, setDraft] = useState(blankType);
  const set =
    <K extends keyof TypeDraft>(k: K) =>
    (v: TypeDraft[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));

  function edit(type: AppointmentType) {
    setEditing(type);
    setDraft(draftFromType(type));
  }

  function reset() {
    setEditing(null);
    setDraft(blankType);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input = inputFromDraft(draft);
    if (!input.name.el) {
      submit.validate([{ field: 'type-name-el', message: t('appointments.settings.nameMissing') }]);
      return;
    }
    const saved = await submit.run(() =>
      editing
        ? updateType(editing.id, { ...input, active: draft.active, version: editing.version })
        : createType(input),
    );
    if (saved) {
      reset();
      types.reload();
    }
  }

  return (
    <section aria-labelledby="types-heading">
      <h2 className="govgr-heading-l" id="types-heading">
        {t('appointments.settings.types')}
      </h2>
      <TypeList items={types.data?.items ?? []} onEdit={edit} />
      <h3 className="govgr-heading-m">
        {editing ? t('appointments.settings.editType') : t('appointments.settings.newType')}
      </h3>
      <ErrorSummary messages={submit.messages} />
      <TypeForm
        draft={draft}
        set={set}
        editing={editing !== null}
        submit={submit}
        onSubmit={onSubmit}
        onCancel={reset}
      />
    </section>
  );
}
