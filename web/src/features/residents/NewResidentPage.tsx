import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { ApiError } from '../../lib/api.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { createResident } from './api/create-resident.js';
import { ExistingResidentNotice, PossibleDuplicates } from './DuplicateNotice.js';
import {
  fromResidentDraft,
  toResidentDraft,
  validateResidentDraft,
  type ResidentDraft,
} from './resident-draft.js';
import { ResidentFieldsets } from './ResidentFieldsets.js';
import type { ResidentSummary } from './resident-types.js';

type Duplicate =
  | { kind: 'existing'; existingId: string }
  | { kind: 'possible'; candidates: ResidentSummary[] }
  | null;

/** The 409 answers carry extension members beside the problem's usual ones. */
function duplicateOf(error: unknown): Duplicate {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const p = error.problem as unknown as Record<string, unknown>;
  if (p.code === 'duplicate_resident' && typeof p.existingId === 'string')
    return { kind: 'existing', existingId: p.existingId };
  if (p.code === 'possible_duplicates' && Array.isArray(p.candidates))
    return { kind: 'possible', candidates: p.candidates as ResidentSummary[] };
  return null;
}

export function NewResidentPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<ResidentDraft>(() => toResidentDraft());
  const [duplicate, setDuplicate] = useState<Duplicate>(null);
  const submit = useSubmit();
  const title = t('residents.newTitle');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));

  async function save(confirmNotDuplicate: boolean) {
    if (!submit.validate(validateResidentDraft(draft, t))) return;
    setDuplicate(null);
    const input = {
      ...fromResidentDraft(draft),
      ...(confirmNotDuplicate ? { confirmNotDuplicate } : {}),
    };
    const created = await submit.run(async () => {
      try {
        return await createResident(input);
      } catch (error) {
        const found = duplicateOf(error);
        setDuplicate(found);
        if (found?.kind === 'possible') return null;
        throw error;
      }
    });
    if (created) navigate(`/residents/${created.id}?registered=1`);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <form className="govgr-form" noValidate onSubmit={onSubmit} aria-label={title}>
        <ErrorSummary messages={submit.messages} />
        {duplicate?.kind === 'existing' ? (
          <ExistingResidentNotice existingId={duplicate.existingId} />
        ) : null}
        {duplicate?.kind === 'possible' ? (
          <PossibleDuplicates
            candidates={duplicate.candidates}
            busy={submit.submitting}
            onConfirm={() => void save(true)}
          />
        ) : null}
        <ResidentFieldsets
          draft={draft}
          errors={submit.fieldErrors}
          autoFocus
          onChange={(key, value) => setDraft((d) => ({ ...d, [key]: value }))}
        />
        <Button type="submit" disabled={submit.submitting}>
          {t('residents.register')}
        </Button>
      </form>
    </>
  );
}
