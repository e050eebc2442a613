import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/**
 * After a client-side navigation, move focus to <main> so keyboard and screen-reader users
 * start at the new page's content, as they would after a full page load.
 */
export function useFocusOnNavigate(): void {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    document.getElementById('main-content')?.focus();
    window.scrollTo(0, 0);
  }, [location]);
}
