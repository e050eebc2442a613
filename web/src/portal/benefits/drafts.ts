import type { FieldMessage } from '../../lib/form-errors.js';
import { parseMoney } from '../../lib/money.js';
import type { Question } from '../../components/verdicts/verdict-types.js';
import type { Answers } from './check-benefits.js';

/** What the person typed or chose, before it is read into answers. */
export type Draft = string | string[];
export type Drafts = Record<string, Draft>;

/** Radio value for «Δεν ξέρω»: the answer stays absent. */
export const UNKNOWN = '__unknown';

/** «9,5» or «9.5»; null when it is not a number. */
function parseNumber(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** The draft a question starts with, from an earlier answer. */
export function draftFor(q: Question, answer: Answers[string] | undefined): Draft {
  if (q.kind === 'ages') return Array.isArray(answer) ? answer.map(String) : [];
  if (answer === undefined) return '';
  if (q.kind === 'boolean') return answer === true ? 'yes' : answer === false ? 'no' : '';
  if (q.kind === 'choice') {
    const index = q.options?.findIndex((o) => o.value === answer) ?? -1;
    return index >= 0 ? String(index) : '';
  }
  if (q.kind === 'money' && typeof answer === 'number') {
    return new Intl.NumberFormat('el-GR', { maximumFractionDigits: 2 }).format(answer);
  }
  return String(answer);
}

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * Reads a step's drafts into answers. Empty or «Δεν ξέρω» removes the answer (unknown);
 * anything unreadable or out of range becomes a message tied to its field.
 */
export function readDrafts(
  questions: Question[],
  drafts: Drafts,
  answers: Answers,
  label: (q: Question) => string,
  t: T,
): { answers: Answers; messages: FieldMessage[] } {
  // The step's answers are read afresh: an emptied field becomes unknown again.
  const ids = new Set(questions.map((q) => q.id));
  const next: Answers = Object.fromEntries(
    Object.entries(answers).filter(([key]) => !ids.has(key)),
  );
  const messages: FieldMessage[] = [];
  for (const q of questions) {
    const draft = drafts[q.id] ?? (q.kind === 'ages' ? [] : '');
    if (q.kind === 'ages') {
      const ages: number[] = [];
      (Array.isArray(draft) ? draft : []).forEach((text, i) => {
        const age = parseNumber(text);
        if (age === null || !Number.isInteger(age) || age > 30) {
          messages.push({
            field: `${q.id}.${i}`,
            message: t('benefitsCheck.errors.age', { n: i + 1 }),
          });
        } else ages.push(age);
      });
      next[q.id] = ages;
      continue;
    }
    const text = typeof draft === 'string' ? draft.trim() : '';
    if (text === '' || text === UNKNOWN) continue;
    if (q.kind === 'boolean') {
      next[q.id] = text === 'yes';
    } else if (q.kind === 'choice') {
      const option = q.options?.[Number(text)];
      if (option) next[q.id] = option.value;
    } else {
      const value = q.kind === 'money' ? parseMoney(text) : parseNumber(text);
      const tooLow = value !== null && q.min !== undefined && value < q.min;
      const tooHigh = value !== null && q.max !== undefined && value > q.max;
      if (value === null || tooLow || tooHigh) {
        const key =
          q.kind === 'money'
            ? 'money'
            : q.min !== undefined && q.max !== undefined
              ? 'range'
              : 'number';
        messages.push({
          field: q.id,
          message: t(`benefitsCheck.errors.${key}`, { field: label(q), min: q.min, max: q.max }),
        });
      } else next[q.id] = value;
    }
  }
  return { answers: next, messages };
}
