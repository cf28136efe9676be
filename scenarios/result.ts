// The result JSON of one run (a contract other tools rely on: README "Commands") and its hash, which covers
// everything but `perf`, so equal hashes mean equal results whatever the machine or worker count.
import { hashString } from '../sim/index.js';

export interface RunResult {
  scenario: string;
  seed: number;
  horizonDays: number;
  hash: string;
  metrics: Record<string, number>;
  invariants: { checked: number; violations: string[] };
  perf: { events: number; wallMs: number };
}

/** JSON with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}

/** The hash of a result's content (all fields except hash and perf). */
export function resultHash(result: Omit<RunResult, 'hash' | 'perf'>): string {
  const { scenario, seed, horizonDays, metrics, invariants } = result;
  return hashString(canonicalJson({ scenario, seed, horizonDays, metrics, invariants }));
}
