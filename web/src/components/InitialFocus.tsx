import { useEffect } from 'react';

/**
 * Puts the cursor in a page's first field. It waits a tick because, after a client-side
 * navigation, the layout moves focus to <main> once the page's own effects have run.
 */
export function InitialFocus({ targetId }: { targetId: string }) {
  useEffect(() => {
    const timer = setTimeout(() => document.getElementById(targetId)?.focus(), 0);
    return () => clearTimeout(timer);
  }, [targetId]);
  return null;
}
