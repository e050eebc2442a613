import { useState, type FormEvent } from 'react';
import { useApiQuery } from '../../../lib/use-api-query.js';
import type { Submit } from '../../../lib/use-submit.js';
import { addAbsence, removeEntry } from '../api/settings.js';
import type { Absence } from '../appointment-types.js';

export interface AbsenceDraft {
  from: string;
  to: string;
  reason: string;
}

export interface Absences {
  items: Absence[];
  draft: AbsenceDraft;
  setDraft: (change: (a: AbsenceDraft) => AbsenceDraft) => void;
  onAdd: (event: FormEvent) => Promise<void>;
  onRemove: (id: string) => Promise<void>;
}

/** A staff member's absences and the draft of the next one; errors go to the caller's submit. */
export function useAbsences(staffId: string, submit: Submit): Absences {
  const absences = useApiQuery<{ items: Absence[] }>(
    `/api/staff/${encodeURIComponent(staffId || 'none')}/absences`,
  );
  const [absence, setAbsence] = useState<AbsenceDraft>({ from: '', to: '', reason: '' });

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    const added = await submit.run(() =>
      addAbsence(staffId, {
        startsAt: new Date(absence.from).toISOString(),
        endsAt: new Date(absence.to).toISOString(),
        ...(absence.reason.trim() ? { reason: absence.reason.trim() } : {}),
      }),
    );
    if (added) {
      setAbsence({ from: '', to: '', reason: '' });
      absences.reload();
    }
  }

  async function onRemove(id: string) {
    await submit.run(() => removeEntry('staff-absences', id));
    absences.reload();
  }

  return {
    items: absences.data?.items ?? [],
    draft: absence,
    setDraft: setAbsence,
    onAdd,
    onRemove,
  };
}
