import { describe, expect, it } from 'vitest';
import type { Role } from '../../db/types.js';
import {
  breakGlassReasonProblem,
  breakGlassRecipients,
  canBreakGlass,
  canManageGrants,
  canReadNote,
  canSeeSessions,
  canWriteNote,
  granteeProblem,
} from './counseling.policy.js';

const session = { authorId: 'author', granteeIds: ['grantee'] };

describe('who may see that a session happened', () => {
  it.each<[Role, boolean]>([
    ['administrator', false],
    ['coordinator', true],
    ['social_worker', true],
    ['psychologist', true],
    ['reception', true],
    ['partner', false],
    ['auditor', false],
  ])('%s → %s', (role, expected) => expect(canSeeSessions(role)).toBe(expected));
});

describe('who may break the glass', () => {
  it.each<[Role, boolean]>([
    ['administrator', false],
    ['coordinator', false],
    ['social_worker', true],
    ['psychologist', true],
    ['reception', false],
    ['partner', false],
    ['auditor', false],
  ])('%s → %s', (role, expected) => expect(canBreakGlass(role)).toBe(expected));
});

describe('the sealed note', () => {
  it.each<[string, string, Role, { read: boolean; write: boolean }]>([
    ['the author', 'author', 'psychologist', { read: true, write: true }],
    ['the author as social worker', 'author', 'social_worker', { read: true, write: true }],
    ['a grantee', 'grantee', 'psychologist', { read: true, write: false }],
    ['a grantee who became reception', 'grantee', 'reception', { read: false, write: false }],
    ['a grantee who became coordinator', 'grantee', 'coordinator', { read: false, write: false }],
    ['the author who became reception', 'author', 'reception', { read: false, write: false }],
    ['another psychologist', 'other', 'psychologist', { read: false, write: false }],
    ['another social worker', 'other', 'social_worker', { read: false, write: false }],
    ['the coordinator', 'other', 'coordinator', { read: false, write: false }],
    ['reception', 'other', 'reception', { read: false, write: false }],
    ['the administrator', 'other', 'administrator', { read: false, write: false }],
    ['a partner', 'other', 'partner', { read: false, write: false }],
    ['the auditor', 'other', 'auditor', { read: false, write: false }],
  ])('%s', (_label, staffId, role, expected) => {
    const reader = { staffId, role };
    expect(canReadNote(reader, session)).toBe(expected.read);
    expect(canWriteNote(reader, session)).toBe(expected.write);
    expect(canManageGrants(reader, session)).toBe(expected.write);
  });
});

describe('who can receive a grant', () => {
  it.each<[string, { id: string; role: Role; status: 'active' | 'disabled' }, string | null]>([
    ['an active psychologist', { id: 'p', role: 'psychologist', status: 'active' }, null],
    ['an active social worker', { id: 's', role: 'social_worker', status: 'active' }, null],
    ['the author', { id: 'author', role: 'psychologist', status: 'active' }, 'self'],
    ['a disabled psychologist', { id: 'p', role: 'psychologist', status: 'disabled' }, 'disabled'],
    ['the coordinator', { id: 'c', role: 'coordinator', status: 'active' }, 'not_clinical'],
    ['reception', { id: 'r', role: 'reception', status: 'active' }, 'not_clinical'],
    ['the administrator', { id: 'a', role: 'administrator', status: 'active' }, 'not_clinical'],
    ['the auditor', { id: 'd', role: 'auditor', status: 'active' }, 'not_clinical'],
    ['a partner', { id: 'x', role: 'partner', status: 'active' }, 'not_clinical'],
  ])('%s', (_label, grantee, expected) => {
    expect(granteeProblem(grantee, 'author')).toBe(expected);
  });
});

describe('the break-glass reason', () => {
  it.each<[string, string, string | null]>([
    ['19 characters', 'a'.repeat(19), 'minLength'],
    ['20 characters', 'a'.repeat(20), null],
    ['500 characters', 'a'.repeat(500), null],
    ['501 characters', 'a'.repeat(501), 'maxLength'],
    ['spaces around a short reason', `   ${'a'.repeat(19)}    `, 'minLength'],
    ['only spaces', ' '.repeat(30), 'minLength'],
    ['20 Greek letters', 'κίνδυνος ζωής τώρα!!', null],
  ])('%s', (_label, reason, rule) => {
    const problem = breakGlassReasonProblem(reason);
    expect(problem?.rule ?? null).toBe(rule);
    if (problem) expect(problem.field).toBe('body.reason');
  });
});

describe('who is told of a break-glass', () => {
  it('every coordinator and the author, once each, never the one who broke it', () => {
    expect(breakGlassRecipients(['c1', 'c2'], 'author', 'breaker')).toEqual(['c1', 'c2', 'author']);
    expect(breakGlassRecipients(['c1'], 'author', 'author')).toEqual(['c1']);
    expect(breakGlassRecipients([], 'author', 'breaker')).toEqual(['author']);
  });
});
