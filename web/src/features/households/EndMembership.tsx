import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { isStale, StaleRecordNotice } from '../../components/StaleRecordNotice.js';
import { TextField } from '../../components/TextField.js';
import { useSubmit } from '../../lib/use-submit.js';
import { updateHouseholdMember } from './api/update-member.js';
import type { HouseholdMember, HouseholdView } from './household-types.js';

interface EndMembershipProps {
  household: HouseholdView;
  member: HouseholdMember;
  onSaved: (h: HouseholdView) => void;
  onReload: () => void;
}

/** Someone left the household: the membership gets an end date and stays in the history. */
export function EndMembership({ household, member, onSaved, onReload }: EndMembershipProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [endDate, setEndDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [stale, setStale] = useState(false);
  const submit = useSubmit();
  const name = `${member.surname} ${member.givenName}`;
  const id = `endDate-${member.id}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!submit.validate(endDate ? [] : [{ field: id, message: t('households.endDateRequired') }]))
      return;
    const saved = await submit.run(async () => {
      try {
        return await updateHouseholdMember(household.id, member.id, {
          endDate,
          version: household.version,
        });
      } catch (error) {
        setStale(isStale(error));
        throw error;
      }
    });
    if (saved) onSaved(saved);
  }

  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('households.endMembershipOf', { name })}
      </Button>
    );
  return (
    <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary messages={submit.messages} />
      {stale ? <StaleRecordNotice onReload={onReload} /> : null}
      <TextField
        id={id}
        type="date"
        label={t('households.endDateOf', { name })}
        value={endDate}
        onChange={setEndDate}
        error={submit.fieldErrors[id] ?? submit.fieldErrors.endDate}
        widthClass="govgr-input--width-10"
      />
      <div className="kt-inline-actions">
        <Button type="submit" disabled={submit.submitting}>
          {t('households.endMembership')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
