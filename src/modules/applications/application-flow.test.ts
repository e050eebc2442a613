import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.js';
import {
  addMonths,
  applicationTransitions,
  assertTransition,
  canMoveTo,
  datesOnEntering,
  tickChecklist,
} from './application-flow.js';
import { applicationStatuses, type ApplicationStatus } from './applications.vocabulary.js';

const allowed: [ApplicationStatus, ApplicationStatus][] = [
  ['planned', 'collecting_documents'],
  ['planned', 'submitted'],
  ['collecting_documents', 'submitted'],
  ['collecting_documents', 'planned'],
  ['submitted', 'approved'],
  ['submitted', 'rejected'],
  ['rejected', 'appealed'],
  ['appealed', 'approved'],
  ['appealed', 'rejected'],
  ['approved', 'renewal_due'],
  ['renewal_due', 'collecting_documents'],
  ['renewal_due', 'submitted'],
  ['planned', 'closed'],
  ['approved', 'closed'],
  ['planned', 'planned'],
];
const refused: [ApplicationStatus, ApplicationStatus][] = [
  ['planned', 'approved'],
  ['planned', 'rejected'],
  ['collecting_documents', 'approved'],
  ['submitted', 'planned'],
  ['submitted', 'appealed'],
  ['approved', 'rejected'],
  ['approved', 'appealed'],
  ['rejected', 'approved'],
  ['renewal_due', 'approved'],
  ['closed', 'planned'],
  ['closed', 'submitted'],
];

describe('application flow', () => {
  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(canMoveTo(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(refused)('refuses %s → %s', (from, to) => {
    expect(canMoveTo(from, to)).toBe(false);
  });

  it('lets every open application be closed, and nothing leave closed', () => {
    for (const status of applicationStatuses) {
      expect(canMoveTo(status, 'closed')).toBe(true);
    }
    expect(applicationTransitions.closed).toEqual([]);
  });

  it('explains a refused step in both languages, with the steps that are allowed', () => {
    try {
      assertTransition('planned', 'approved');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.code).toBe('conflict');
      expect(appError.fieldErrors[0]).toMatchObject({
        field: 'body.status',
        rule: 'status_transition',
        params: {
          fromEl: 'Σχεδιάζεται',
          toEl: 'Εγκρίθηκε',
          allowedEn: '«Collecting documents», «Submitted», «Closed»',
        },
      });
    }
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 6, '2026-07-15'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-12-01', 1, '2027-01-01'],
    ['2026-03-31', 12, '2027-03-31'],
    ['2026-05-10', 0, '2026-05-10'],
  ] as const)('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('dates filled in on a status change', () => {
  const blank = { submittedAt: null, decidedAt: null, renewalDue: null };

  it('dates a submission today unless given', () => {
    expect(datesOnEntering('submitted', blank, '2026-03-02', 12).submittedAt).toBe('2026-03-02');
    expect(
      datesOnEntering('submitted', { ...blank, submittedAt: '2026-02-27' }, '2026-03-02', 12)
        .submittedAt,
    ).toBe('2026-02-27');
  });

  it('dates a decision and sets the renewal from the benefit’s cycle on approval', () => {
    expect(datesOnEntering('approved', blank, '2026-03-02', 6)).toEqual({
      submittedAt: null,
      decidedAt: '2026-03-02',
      renewalDue: '2026-09-02',
    });
    expect(datesOnEntering('rejected', blank, '2026-03-02', 6).renewalDue).toBeNull();
    expect(datesOnEntering('approved', blank, '2026-03-02', null).renewalDue).toBeNull();
    expect(
      datesOnEntering('approved', { ...blank, renewalDue: '2026-12-31' }, '2026-03-02', 6)
        .renewalDue,
    ).toBe('2026-12-31');
  });
});

describe('checklist', () => {
  const list = [
    { code: 'id_card', done: false },
    { code: 'iban', done: false },
  ];

  it('ticks the items named and keeps the others', () => {
    expect(tickChecklist(list, [{ code: 'iban', done: true }])).toEqual([
      { code: 'id_card', done: false },
      { code: 'iban', done: true },
    ]);
  });

  it('refuses an item the checklist does not hold', () => {
    expect(() => tickChecklist(list, [{ code: 'passport_photo', done: true }])).toThrow(AppError);
  });
});
