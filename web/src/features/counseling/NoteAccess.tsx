import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Loading } from '../../components/Loading.js';
import { Select } from '../../components/Select.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useSession } from '../auth/session-context.js';
import { useColleagues } from '../staff/api/list-colleagues.js';
import { grantNoteAccess, revokeNoteAccess } from './api/grants.js';
import type { SessionView } from './session-types.js';

/** Roles that write sealed notes: the only ones a note can be shared with. */
const CLINICAL = new Set(['social_worker', 'psychologist']);

interface NoteAccessProps {
  session: SessionView;
  onChanged: (s: SessionView) => void;
}

/** Who else reads the sealed note (author only): grant to a clinical colleague, or revoke. */
export function NoteAccess({ session: s, onChanged }: NoteAccessProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const submit = useSubmit();
  const headingId = `access-${s.id}`;

  async function change(call: () => Promise<SessionView>) {
    const updated = await submit.run(call);
    if (updated) onChanged(updated);
  }

  return (
    <section aria-labelledby={headingId} className="kt-note-access">
      <h4 className="govgr-heading-s" id={headingId}>
        {t('counseling.access.title')}
      </h4>
      <ErrorSummary messages={submit.messages} />
      {s.grantedTo.length === 0 ? (
        <p className="govgr-body">{t('counseling.access.onlyYou')}</p>
      ) : (
        <ul className="govgr-list" data-testid={`grants-${s.id}`}>
          {s.grantedTo.map((g) => (
            <li key={g.id}>
              {g.displayName}{' '}
              <Button
                variant="link"
                disabled={submit.submitting}
                onClick={() => void change(() => revokeNoteAccess(s.id, g.id))}
              >
                {t('counseling.access.revoke', { name: g.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <GrantForm
        session={s}
        selfId={session?.user.id ?? ''}
        busy={submit.submitting}
        onGrant={(staffId) => void change(() => grantNoteAccess(s.id, staffId))}
      />
    </section>
  );
}

interface GrantFormProps {
  session: SessionView;
  selfId: string;
  busy: boolean;
  onGrant: (staffId: string) => void;
}

function GrantForm({ session: s, selfId, busy, onGrant }: GrantFormProps) {
  const { t } = useTranslation();
  const staff = useColleagues();
  const [chosen, setChosen] = useState('');
  const granted = new Set(s.grantedTo.map((g) => g.id));
  const colleagues = (staff.data?.items ?? []).filter(
    (x) => CLINICAL.has(x.role) && x.id !== selfId && !granted.has(x.id),
  );
  if (staff.loading) return <Loading />;
  if (colleagues.length === 0) return <p className="govgr-hint">{t('counseling.access.none')}</p>;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (chosen) onGrant(chosen);
    setChosen('');
  }

  return (
    <form className="govgr-form kt-inline-actions" noValidate onSubmit={onSubmit}>
      <Select
        id={`grantee-${s.id}`}
        label={t('counseling.access.colleague')}
        value={chosen}
        onChange={setChosen}
        options={[
          { value: '', label: t('common.choose') },
          ...colleagues.map((c) => ({
            value: c.id,
            label: `${c.displayName} (${t(`roles.${c.role}`)})`,
          })),
        ]}
      />
      <Button type="submit" variant="secondary" disabled={busy || !chosen}>
        {t('counseling.access.grant')}
      </Button>
    </form>
  );
}
