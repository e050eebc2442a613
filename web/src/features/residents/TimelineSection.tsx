import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { toApiError, type ApiError } from '../../lib/api.js';
import { getTimeline, type TimelineEntry } from './api/get-timeline.js';
import { TimelineEntryItem } from './TimelineEntryItem.js';

interface State {
  items: TimelineEntry[];
  nextBefore: string | null;
  loading: boolean;
  error?: ApiError;
}

/** The file's history, newest first; «More» fetches the next page after the last entry shown. */
export function TimelineSection({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ items: [], nextBefore: null, loading: true });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getTimeline(residentId, null, controller.signal).then(
      (page) => setState({ items: page.items, nextBefore: page.nextBefore, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ items: [], nextBefore: null, loading: false, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [residentId, attempt]);

  async function more() {
    if (!state.nextBefore) return;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    try {
      const page = await getTimeline(residentId, state.nextBefore);
      setState((s) => ({
        items: [...s.items, ...page.items],
        nextBefore: page.nextBefore,
        loading: false,
      }));
    } catch (error) {
      setState((s) => ({ ...s, loading: false, error: toApiError(error) }));
    }
  }

  return (
    <>
      {state.error ? (
        <LoadError error={state.error} onRetry={() => setAttempt((a) => a + 1)} />
      ) : null}
      {state.items.length === 0 && !state.loading && !state.error ? (
        <p className="govgr-body">{t('timeline.empty')}</p>
      ) : null}
      <ol className="kt-timeline" data-testid="timeline">
        {state.items.map((entry) => (
          <TimelineEntryItem key={entry.id} entry={entry} />
        ))}
      </ol>
      {state.loading ? <Loading /> : null}
      {state.nextBefore && !state.loading ? (
        <Button variant="secondary" onClick={() => void more()}>
          {t('timeline.more')}
        </Button>
      ) : null}
    </>
  );
}
