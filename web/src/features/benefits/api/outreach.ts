import { useApiQuery } from '../../../lib/use-api-query.js';
import type { NewlyEligible } from '../benefit-types.js';

export function useNewlyEligible() {
  return useApiQuery<{ items: NewlyEligible[] }>('/api/outreach/newly-eligible');
}

export const NEWLY_ELIGIBLE_CSV = '/api/outreach/newly-eligible?format=csv';
