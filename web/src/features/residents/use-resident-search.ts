import { useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../../lib/api.js';
import { searchResidents } from './api/search-residents.js';
import type { ResidentSearchResult } from './resident-types.js';

interface State {
  key: string;
  data?: ResidentSearchResult;
  error?: ApiError;
}

/** Searches as the person types: waits ~200 ms after the last key, cancels what is outdated. */
export function useResidentSearch(query: string, page: number) {
  const q = query.trim();
  const key = `${page}:${q}`;
  const [state, setState] = useState<State>({ key: '' });

  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchResidents(q, page, controller.signal).then(
        (data) => setState({ key, data }),
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ key, error: toApiError(error) });
        },
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, page, key]);

  if (!q) return { data: undefined, error: undefined, loading: false };
  const current = state.key === key;
  // The previous answer stays on screen while the next one is on its way, so the list does not jump.
  return { data: state.data, error: current ? state.error : undefined, loading: !current };
}
