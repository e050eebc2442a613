import { apiFetch, ApiError } from '../../../lib/api.js';
import type { SessionView } from '../session-types.js';

/** The current session, or null when nobody is signed in. */
export async function getSession(): Promise<SessionView | null> {
  try {
    return await apiFetch<SessionView>('/api/auth/session', { authFlow: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
