import { describe, expect, it } from 'vitest';
import type { Role } from '../../db/types.js';
import { canAssignCase, canChangeTeam, canSeeCase } from './cases.policy.js';

const access = { assignedWorkerId: 'w1', teamIds: ['t1'] };
const as = (role: Role, staffId = 'x') => ({ role, staffId });

describe('case access policy', () => {
  it.each([
    ['the assigned worker', as('social_worker', 'w1'), true],
    ['a team member', as('psychologist', 't1'), true],
    ['another social worker', as('social_worker'), false],
    ['the coordinator', as('coordinator'), true],
    ['reception, even if on the team', as('reception', 't1'), false],
    ['the administrator', as('administrator'), false],
    ['nobody signed in', { role: null, staffId: null }, false],
  ] as const)('%s: %s', (_name, reader, expected) => {
    expect(canSeeCase(reader, access)).toBe(expected);
  });

  it('lets only the coordinator assign, and the carrier or coordinator change the team', () => {
    expect(canAssignCase(as('coordinator'))).toBe(true);
    expect(canAssignCase(as('social_worker', 'w1'))).toBe(false);
    expect(canChangeTeam(as('social_worker', 'w1'), access)).toBe(true);
    expect(canChangeTeam(as('social_worker', 't1'), access)).toBe(false);
    expect(canChangeTeam(as('coordinator'), access)).toBe(true);
  });
});
