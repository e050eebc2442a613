import { AppError } from '../../lib/app-error.js';

/**
 * The service checks the membership rules under a lock on the household; two desks adding the
 * same resident to two different households at once are caught by the partial unique indexes,
 * and answered like the service would have.
 */
export async function withMembershipGuards<T>(work: () => Promise<T>, field: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const constraint = (error as { code?: string; constraint?: string }).constraint;
    if ((error as { code?: string }).code !== '23505') throw error;
    if (constraint === 'household_members_one_household_idx') {
      throw new AppError('invalid_household', {
        fieldErrors: [{ field, rule: 'already_in_household' }],
      });
    }
    if (constraint === 'household_members_one_reference_idx') {
      throw new AppError('invalid_household', {
        fieldErrors: [{ field: 'body.relationship', rule: 'reference_exists' }],
      });
    }
    throw error;
  }
}
