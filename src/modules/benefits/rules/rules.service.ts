import { catalogEntry } from '../catalog/catalog-data.js';
import { answersToInput, type Answers } from './answers.js';
import { screen } from './engine.js';
import { periodOn, type ParameterPeriod, type ParameterSet } from './parameters.js';
import { questionsStillNeeded } from './questions.js';
import type { Rule, Verdict } from './types.js';

/**
 * Public check: answers → verdicts and the questions still worth asking. Stores nothing.
 * `municipal` are the Center's own programs (criteria from its settings).
 */
export function checkAnswers(
  answers: Answers,
  asOf: string,
  parameters: ParameterSet,
  municipal: Rule[] = [],
) {
  const verdicts = screen(answersToInput(answers, asOf), parameters, { municipal });
  return {
    verdicts: verdicts.map(toVerdictView),
    questions: questionsStillNeeded(verdicts),
    rulesVersion: parameters.version,
  };
}

export function toVerdictView(verdict: Verdict) {
  const entry = catalogEntry(verdict.benefit);
  return { ...verdict, name: entry.name, agency: entry.agency, howToApply: entry.howToApply };
}

/** Staff view of the parameters: current value, history, and the ones past their review date. */
export function listParameters(parameters: ParameterSet, asOf: string) {
  const items = [...parameters.definitions.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((definition) => {
      const current = periodOn(definition, asOf);
      return {
        name: definition.name,
        benefit: definition.benefit,
        label: definition.label,
        unit: definition.unit,
        current: current ? periodView(current) : null,
        history: definition.values.map(periodView),
        reviewBy: definition.reviewBy,
        overdue: definition.reviewBy < asOf,
      };
    });
  return { version: parameters.version, items };
}

function periodView(period: ParameterPeriod) {
  return {
    value: period.value,
    from: period.from,
    to: period.to,
    source: period.source,
    verified: period.verified,
  };
}

/** Today in Greece (YYYY-MM-DD): the date a public check asks for. */
export function todayInAthens(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(now);
}
