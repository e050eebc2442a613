import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { formatDateTime } from '../../lib/format-time.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { useSessions } from './api/list-sessions.js';
import { NoteAccess } from './NoteAccess.js';
import { SessionNote } from './SessionNote.js';
import type { SessionView } from './session-types.js';

/** That sessions happened, with whom and for how long; what was said stays sealed. */
export function CounselingSection({ residentId }: { residentId: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const list = useSessions(residentId);
  const items = list.data?.items ?? [];
  const replace = (u: SessionView) =>
    list.setData({ items: items.map((x) => (x.id === u.id ? u : x)) });
  return (
    <>
      {hasPermission(session, 'counseling.sessions.write') ? (
        <Link
          href={`/counseling/new?residentId=${residentId}`}
          className="govgr-btn govgr-btn-secondary"
        >
          {t('counseling.newSession')}
        </Link>
      ) : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {list.data && list.data.items.length === 0 ? (
        <p className="govgr-body">{t('counseling.empty')}</p>
      ) : null}
      <ul className="govgr-list kt-sessions" data-testid="sessions">
        {items.map((s) => (
          <li key={s.id} className="kt-session">
            <h3 className="govgr-heading-s">
              {t(`vocab.sessionKind.${s.kind}`)} · {formatDateTime(s.startedAt, i18n.language)}
            </h3>
            <p className="govgr-body">
              {t('counseling.summary', {
                minutes: s.durationMinutes,
                author: s.author.displayName,
                participants: s.participants.map((p) => p.name).join(', '),
              })}
            </p>
            <SessionNote session={s} />
            {s.author.id === session?.user.id ? (
              <NoteAccess session={s} onChanged={replace} />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
