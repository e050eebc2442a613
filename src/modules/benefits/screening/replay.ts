import { canonicalJson } from '../../audit/audit-chain.js';
import type { BenefitCode, ScreeningInput, Verdict } from '../rules/types.js';

export interface StoredScreening<M = unknown> {
  rulesVersion: string;
  input: ScreeningInput;
  municipalCriteria: M;
  verdicts: Verdict[];
}

export type ReplayResult =
  | { status: 'reproduced'; verdicts: Verdict[] }
  | { status: 'differs'; verdicts: Verdict[]; differences: BenefitCode[] }
  | { status: 'version_unavailable'; differences: [] };

/**
 * Re-runs a stored screening's input with the parameter set of the stored version and compares
 * verdict by verdict. Comparison is on canonical JSON: the verdicts come back from jsonb, which
 * reorders keys and drops `undefined`.
 */
export function replayScreening<P extends { version: string }, M>(
  screening: StoredScreening<M>,
  parameterSets: readonly P[],
  screen: (input: ScreeningInput, parameters: P, municipal: M) => Verdict[],
): ReplayResult {
  const parameters = parameterSets.find((set) => set.version === screening.rulesVersion);
  if (!parameters) return { status: 'version_unavailable', differences: [] };
  const verdicts = screen(screening.input, parameters, screening.municipalCriteria);
  const stored = new Map(screening.verdicts.map((v) => [v.benefit, canonicalJson(v)]));
  const again = new Map(verdicts.map((v) => [v.benefit, canonicalJson(roundTrip(v))]));
  const benefits = new Set([...stored.keys(), ...again.keys()]);
  const differences = [...benefits].filter((b) => stored.get(b) !== again.get(b));
  return differences.length === 0
    ? { status: 'reproduced', verdicts }
    : { status: 'differs', verdicts, differences };
}

function roundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
