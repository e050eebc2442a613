import { createContext, useContext } from 'react';
import type { SessionView } from './session-types.js';

export interface SessionState {
  /** undefined while the first check runs; null when nobody is signed in. */
  session: SessionView | null | undefined;
  setSession: (session: SessionView | null) => void;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

export function hasPermission(
  session: SessionView | null | undefined,
  permission: string,
): boolean {
  return session?.permissions.includes(permission) ?? false;
}
