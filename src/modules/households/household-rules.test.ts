import { describe, expect, it } from 'vitest';
import { findInconsistency, type MemberForRules } from './household-rules.js';

const reference: MemberForRules = { relationship: 'reference', birthDate: '1980-05-01' };
const spouse: MemberForRules = { relationship: 'spouse', birthDate: '1990-01-01' };
const child: MemberForRules = { relationship: 'child', birthDate: '2010-01-01' };

describe('findInconsistency', () => {
  it.each([
    ['a younger child', [reference], { relationship: 'child', birthDate: '2005-01-01' }, null],
    [
      'a child older than the reference',
      [reference],
      { relationship: 'child', birthDate: '1979-01-01' },
      'child_older_than_parent',
    ],
    [
      'a child born the same day as the reference',
      [reference],
      { relationship: 'child', birthDate: '1980-05-01' },
      'child_older_than_parent',
    ],
    [
      'a child older than the spouse',
      [reference, spouse],
      { relationship: 'child', birthDate: '1985-01-01' },
      'child_older_than_parent',
    ],
    [
      'a child of unknown birth date',
      [reference],
      { relationship: 'child', birthDate: null },
      null,
    ],
    [
      'a spouse younger than an existing child',
      [reference, child],
      { relationship: 'spouse', birthDate: '2012-01-01' },
      'child_older_than_parent',
    ],
    [
      'a parent younger than the reference',
      [reference],
      { relationship: 'parent', birthDate: '1985-01-01' },
      'parent_younger_than_child',
    ],
    ['an older parent', [reference], { relationship: 'parent', birthDate: '1950-01-01' }, null],
    [
      'a second reference person',
      [reference],
      { relationship: 'reference', birthDate: null },
      'reference_exists',
    ],
    [
      'a new reference younger than a child',
      [child],
      { relationship: 'reference', birthDate: '2015-01-01' },
      'child_older_than_parent',
    ],
    [
      'a sibling of any age',
      [reference],
      { relationship: 'sibling', birthDate: '2020-01-01' },
      null,
    ],
  ] as const)('%s', (_name, current, candidate, expected) => {
    expect(findInconsistency(current, candidate)).toBe(expected);
  });
});
