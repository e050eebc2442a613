import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { isStale, StaleRecordNotice } from '../../components/StaleRecordNotice.js';
import { TextArea } from '../../components/TextArea.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { readNote, saveNote } from './api/note.js';
import { BreakGlassForm } from './BreakGlassForm.js';
import type { NoteView, SessionView } from './session-types.js';

/** A sealed note: the author and grantees read it; others see only that it is sealed. */
export function SessionNote({ session: s }: { session: SessionView }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<NoteView | null>(null);
  const [text, setText] = useState('');
  const [stale, setStale] = useState(false);
  const submit = useSubmit();
  const isAuthor = session?.user.id === s.author.id;
  const canBreakGlass = hasPermission(session, 'counseling.notes.break_glass');
  const id = `note-${s.id}`;

  function show(n: NoteView) {
    setNote(n);
    setText(n.text);
    setStale(false);
  }

  async function openNote() {
    setOpen(true);
    if (!s.canReadNote) return;
    const n = await submit.run(() => readNote(s.id));
    if (n) show(n);
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    if (!note) return;
    const saved = await submit.run(async () => {
      try {
        return await saveNote(s.id, { text, version: note.version });
      } catch (error) {
        setStale(isStale(error));
        throw error;
      }
    });
    if (saved) show(saved);
  }

  if (!s.hasNote && !isAuthor) return null;
  if (!open)
    return (
      <Button
        variant="secondary"
        onClick={() => void openNote()}
        aria-expanded={false}
        aria-controls={id}
      >
        {t('counseling.notes')}
      </Button>
    );
  if (!s.canReadNote && !note)
    return (
      <div id={id} className="kt-sealed" data-testid="note-sealed">
        <p className="govgr-body govgr-!-font-weight-bold">{t('counseling.sealed')}</p>
        <p className="govgr-body">{t('counseling.sealedText')}</p>
        {canBreakGlass ? <BreakGlassForm sessionId={s.id} onOpened={show} /> : null}
      </div>
    );
  return (
    <div id={id}>
      <ErrorSummary messages={submit.messages} />
      {stale ? <StaleRecordNotice onReload={() => void openNote()} /> : null}
      {note && isAuthor ? (
        <form className="govgr-form" noValidate onSubmit={(e) => void onSave(e)}>
          <TextArea
            id={`${id}-text`}
            label={t('counseling.noteText')}
            value={text}
            onChange={setText}
            rows={6}
          />
          <Button type="submit" disabled={submit.submitting}>
            {t('counseling.saveNote')}
          </Button>
        </form>
      ) : note ? (
        <p className="govgr-body kt-note" data-testid="note-text">
          {note.text}
        </p>
      ) : null}
    </div>
  );
}
