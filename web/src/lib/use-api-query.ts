import { useCallback, useEffect, useState } from 'react';
import { apiFetch, toApiError, type ApiError } from './api.js';

interface QueryState<T> {
  key: string;
  data?: T;
  error?: ApiError;
}

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  setData: (data: T) => void;
}

/** Loads a GET endpoint; the result is keyed so a reload or a new path shows loading again. */
export function useApiQuery<T>(path: string): ApiQuery<T> {
  const [version, setVersion] = useState(0);
  const key = `${version}:${path}`;
  const [state, setState] = useState<QueryState<T>>({ key: '' });

  useEffect(() => {
    const controller = new AbortController();
    apiFetch<T>(path, { signal: controller.signal }).then(
      (data) => setState({ key, data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [path, key]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback((data: T) => setState((s) => ({ ...s, data })), []);
  const loading = state.key !== key;
  return { data: state.data, error: loading ? undefined : state.error, loading, reload, setData };
}
