import type { Relationship } from './households.vocabulary.js';

export interface MemberForRules {
  relationship: Relationship;
  birthDate: string | null;
}

export type HouseholdRule =
  'reference_exists' | 'child_older_than_parent' | 'parent_younger_than_child';

/**
 * Checks a member joining (or changing relationship in) a household against its current members,
 * which were consistent before. Relationships are to the reference person, so a child must be
 * younger than the reference and the reference's spouse, and a parent older than the reference.
 * Unknown birth dates cannot contradict anything.
 */
export function findInconsistency(
  current: readonly MemberForRules[],
  candidate: MemberForRules,
): HouseholdRule | null {
  const withRelationship = (relationship: Relationship) =>
    current.filter((m) => m.relationship === relationship);
  const reference = withRelationship('reference');
  const spouses = withRelationship('spouse');
  const children = withRelationship('child');

  // Being born on the same day as one's parent is as impossible as being born before.
  const notYounger = (child: MemberForRules, parent: MemberForRules) =>
    child.birthDate !== null && parent.birthDate !== null && child.birthDate <= parent.birthDate;

  switch (candidate.relationship) {
    case 'reference':
      if (reference.length > 0) return 'reference_exists';
      if (children.some((child) => notYounger(child, candidate))) return 'child_older_than_parent';
      if (withRelationship('parent').some((parent) => notYounger(candidate, parent)))
        return 'parent_younger_than_child';
      return null;
    case 'spouse':
      return children.some((child) => notYounger(child, candidate))
        ? 'child_older_than_parent'
        : null;
    case 'child':
      return [...reference, ...spouses].some((parent) => notYounger(candidate, parent))
        ? 'child_older_than_parent'
        : null;
    case 'parent':
      return reference.some((person) => notYounger(person, candidate))
        ? 'parent_younger_than_child'
        : null;
    default:
      return null;
  }
}
