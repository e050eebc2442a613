import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { setUnauthorizedHandler } from '../../lib/api.js';
import { getSession } from './api/get-session.js';
import { SessionContext } from './session-context.js';
import type { SessionView } from './session-types.js';

/** Loads the session once; any 401 from the API afterwards ends it (the router then shows sign-in). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionView | null | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    getSession().then(
      (s) => {
        if (!cancelled) setSession(s);
      },
      () => {
        if (!cancelled) setSession(null);
      },
    );
    setUnauthorizedHandler(() => setSession(null));
    return () => {
      cancelled = true;
      setUnauthorizedHandler(null);
    };
  }, []);

  const value = useMemo(() => ({ session, setSession }), [session]);
  return <SessionContext value={value}>{children}</SessionContext>;
}
