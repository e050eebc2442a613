import { useApiQuery } from '../../../lib/use-api-query.js';

/** The Center's most used subjects, offered as suggestions while typing. */
export function useRequestSubjects() {
  return useApiQuery<{ items: string[] }>('/api/requests/subjects');
}
