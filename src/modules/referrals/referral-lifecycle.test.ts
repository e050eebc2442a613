import { describe, expect, it } from 'vitest';
import {
  canTransition,
  defaultDueDate,
  isFinal,
  isOverdue,
  nextStatuses,
  normalizeCategories,
  reasonCodesFor,
} from './referral-lifecycle.js';
import { projectSharedData, sharedName, type ResidentFacts } from './referral-share.js';
import { referralStatuses } from './referrals.vocabulary.js';

describe('referral transitions (FHIR Task)', () => {
  it.each([
    ['requested', 'received', 'partner', true],
    ['requested', 'accepted', 'partner', true],
    ['requested', 'rejected', 'partner', true],
    ['received', 'accepted', 'partner', true],
    ['received', 'rejected', 'partner', true],
    ['accepted', 'in_progress', 'partner', true],
    ['in_progress', 'completed', 'partner', true],
    ['accepted', 'completed', 'partner', true],
    ['requested', 'in_progress', 'partner', false],
    ['requested', 'completed', 'partner', false],
    ['received', 'in_progress', 'partner', false],
    ['accepted', 'rejected', 'partner', false],
    ['in_progress', 'accepted', 'partner', false],
    ['requested', 'cancelled', 'partner', false],
    ['in_progress', 'cancelled', 'partner', false],
    ['requested', 'cancelled', 'center', true],
    ['received', 'cancelled', 'center', true],
    ['accepted', 'cancelled', 'center', true],
    ['in_progress', 'cancelled', 'center', true],
    ['in_progress', 'completed', 'center', true],
  ] as const)('%s → %s by %s: %s', (from, to, by, allowed) => {
    expect(canTransition(from, to, by)).toBe(allowed);
  });

  it('leaves a final status never, for anyone', () => {
    for (const from of ['rejected', 'completed', 'cancelled'] as const) {
      expect(isFinal(from)).toBe(true);
      for (const to of referralStatuses) {
        expect(canTransition(from, to, 'center')).toBe(false);
        expect(canTransition(from, to, 'partner')).toBe(false);
      }
    }
  });

  it('never moves a referral to the status it has', () => {
    for (const s of referralStatuses) expect(canTransition(s, s, 'center')).toBe(false);
  });

  it('offers the partner only answers, the Center also cancelling', () => {
    expect(nextStatuses('requested', 'partner')).toEqual(['received', 'accepted', 'rejected']);
    expect(nextStatuses('requested', 'center')).toContain('cancelled');
    expect(nextStatuses('completed', 'center')).toEqual([]);
  });

  it('requires a reason code to reject and to say a service was not delivered', () => {
    expect(reasonCodesFor('rejected', undefined).required).toBe(true);
    expect(reasonCodesFor('rejected', undefined).codes).toContain('no_capacity');
    expect(reasonCodesFor('completed', 'not_delivered').required).toBe(true);
    expect(reasonCodesFor('completed', 'delivered')).toEqual({ codes: [], required: false });
    expect(reasonCodesFor('cancelled', undefined).required).toBe(false);
  });
});

describe('due dates', () => {
  it.each([
    ['routine', '2026-03-20', '2026-04-03'],
    ['urgent', '2026-03-20', '2026-03-25'],
    ['asap', '2026-03-20', '2026-03-22'],
    ['stat', '2026-12-31', '2027-01-01'],
  ] as const)('%s from %s is due %s', (urgency, today, due) => {
    expect(defaultDueDate(urgency, today)).toBe(due);
  });

  it('is overdue only after the due day and only while open', () => {
    expect(isOverdue('requested', '2026-03-20', '2026-03-20')).toBe(false);
    expect(isOverdue('requested', '2026-03-20', '2026-03-21')).toBe(true);
    expect(isOverdue('in_progress', '2026-03-20', '2026-04-21')).toBe(true);
    expect(isOverdue('completed', '2026-03-20', '2026-03-21')).toBe(false);
    expect(isOverdue('cancelled', '2026-03-20', '2026-03-21')).toBe(false);
  });
});

describe('shared-category projection', () => {
  const facts: ResidentFacts = {
    identity: {
      surname: 'Παπαδοπούλου',
      givenName: 'Ελένη',
      fatherName: null,
      birthDate: '1980-03-15',
      gender: 'female',
    },
    identifiers: { amka: '15038012345', afm: '123456789' },
    contact: { mobilePhone: '6912345678', phone: null, email: null, address: null },
    income: { taxYear: 2025, total: 9000 },
  };

  it('copies exactly the chosen categories', () => {
    const shared = projectSharedData(facts, ['contact']);
    expect(Object.keys(shared)).toEqual(['contact']);
    expect(JSON.stringify(shared)).not.toContain('15038012345');
    expect(sharedName(shared)).toBeNull();
  });

  it('shares nothing when nothing is chosen', () => {
    expect(projectSharedData(facts, [])).toEqual({});
  });

  it('names the resident only with the identity category', () => {
    expect(sharedName(projectSharedData(facts, ['identity', 'income']))).toBe('Ελένη Παπαδοπούλου');
  });

  it('keeps the vocabulary order and drops unknown or repeated categories', () => {
    expect(normalizeCategories(['income', 'identity', 'income', 'passwords'])).toEqual([
      'identity',
      'income',
    ]);
  });
});
