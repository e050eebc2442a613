import { useEffect } from 'react';

/** Sets the tab title so each page is announced and told apart (WCAG 2.4.2). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
