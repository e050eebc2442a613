import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Loading } from '../../components/Loading.js';
import { Select } from '../../components/Select.js';
import { useColleagues } from '../staff/api/list-colleagues.js';
import { updateCase } from './api/update-case.js';
import type { CaseFormProps } from './CaseStatusForm.js';

/** Roles that read case files: the only ones a case can be assigned or shared to. */
const CASE_ROLES = new Set(['coordinator', 'social_worker', 'psychologist']);

/**
 * The assigned worker (needs `cases.assign`) and the team (also the assigned worker's own
 * choice), chosen among the Center's active colleagues.
 */
export function CaseTeamForm({
  view,
  submit,
  save,
  canAssign,
}: CaseFormProps & { canAssign: boolean }) {
  const { t } = useTranslation();
  const staff = useColleagues();
  const [worker, setWorker] = useState(view.assignedWorker?.id ?? '');
  const [team, setTeam] = useState<string[]>(view.team.map((m) => m.id));
  const people = (staff.data?.items ?? []).filter((s) => CASE_ROLES.has(s.role));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const teamIds = team.filter((id) => id !== worker);
    const reassigns = canAssign && worker && worker !== view.assignedWorker?.id;
    void save(() =>
      updateCase(view.id, {
        ...(reassigns ? { assignedWorkerId: worker } : {}),
        teamIds,
        version: view.version,
      }),
    );
  }

  return (
    <form className="govgr-form" noValidate onSubmit={onSubmit} aria-labelledby="team-heading">
      <h2 className="govgr-heading-l" id="team-heading">
        {t('cases.teamHeading')}
      </h2>
      <ErrorSummary messages={submit.messages} />
      {staff.loading ? <Loading /> : null}
      {canAssign ? (
        <Select
          id="assignedWorkerId"
          label={t('cases.assignedWorker')}
          value={worker}
          options={[
            ...(worker ? [] : [{ value: '', label: t('common.choose') }]),
            ...people.map((p) => ({
              value: p.id,
              label: `${p.displayName} (${t(`roles.${p.role}`)})`,
            })),
          ]}
          onChange={setWorker}
          error={submit.fieldErrors.assignedWorkerId}
        />
      ) : null}
      <fieldset
        className="govgr-fieldset"
        aria-describedby={submit.fieldErrors.teamIds ? 'teamIds-error' : undefined}
      >
        <legend className="govgr-fieldset__legend govgr-heading-s">{t('cases.team')}</legend>
        {submit.fieldErrors.teamIds ? (
          <p className="govgr-error-message" id="teamIds-error">
            {submit.fieldErrors.teamIds}
          </p>
        ) : null}
        <div className="govgr-checkboxes" id="teamIds">
          {people
            .filter((p) => p.id !== worker)
            .map((p) => (
              <Checkbox
                key={p.id}
                id={`team-${p.id}`}
                label={`${p.displayName} (${t(`roles.${p.role}`)})`}
                checked={team.includes(p.id)}
                onChange={(on) =>
                  setTeam((ts) => (on ? [...ts, p.id] : ts.filter((id) => id !== p.id)))
                }
              />
            ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={submit.submitting || staff.loading}>
        {t('cases.saveTeam')}
      </Button>
    </form>
  );
}
