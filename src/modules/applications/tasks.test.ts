import { describe, expect, it } from 'vitest';
import type { ApplicationStatus } from './applications.vocabulary.js';
import { dueTasks, type TaskSource } from './tasks.js';

const today = '2026-03-01';
function application(
  id: string,
  status: ApplicationStatus,
  dates: { deadline?: string; renewalDue?: string },
): TaskSource {
  return {
    id,
    residentId: 'r',
    residentName: 'Γεωργίου Άννα',
    benefit: 'eee',
    status,
    deadline: dates.deadline ?? null,
    renewalDue: dates.renewalDue ?? null,
    assignedTo: null,
  };
}

describe('tasks due', () => {
  it.each([
    ['deadline today', 'planned', { deadline: '2026-03-01' }, ['deadline'], 0],
    ['deadline in 30 days', 'collecting_documents', { deadline: '2026-03-31' }, ['deadline'], 30],
    ['deadline in 31 days', 'collecting_documents', { deadline: '2026-04-01' }, [], null],
    ['overdue deadline', 'planned', { deadline: '2026-02-20' }, ['deadline'], -9],
    ['deadline once submitted', 'submitted', { deadline: '2026-03-05' }, [], null],
    ['appeal deadline after rejection', 'rejected', { deadline: '2026-03-05' }, ['deadline'], 4],
    ['renewal of an approved benefit', 'approved', { renewalDue: '2026-03-20' }, ['renewal'], 19],
    ['renewal while still planned', 'planned', { renewalDue: '2026-03-20' }, [], null],
    ['closed application', 'closed', { deadline: '2026-03-02' }, [], null],
  ] as const)('%s', (_name, status, dates, kinds, daysLeft) => {
    const tasks = dueTasks([application('a', status, dates)], today);
    expect(tasks.map((t) => t.kind)).toEqual(kinds);
    if (daysLeft !== null) {
      expect(tasks[0]?.daysLeft).toBe(daysLeft);
      expect(tasks[0]?.overdue).toBe(daysLeft < 0);
    }
  });

  it('lists overdue first, then by date, one task per date kind', () => {
    const tasks = dueTasks(
      [
        application('b', 'renewal_due', { deadline: '2026-03-10', renewalDue: '2026-02-25' }),
        application('a', 'planned', { deadline: '2026-03-03' }),
      ],
      today,
    );
    expect(tasks.map((t) => t.id)).toEqual(['b:renewal', 'a:deadline', 'b:deadline']);
  });
});
