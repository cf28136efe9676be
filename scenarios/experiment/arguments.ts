// Checks of the sweep and compare command-line values: each bad value is an InputError naming the
// argument and the value (exit code 2).
import { InputError } from '../errors.js';
import { checkMetricNames } from './schema.js';

const limits = { workers: 256, replications: 10_000, horizonDays: 3_650 };

/** `--workers`: an integer in 1..256, or undefined for the default. */
export function checkWorkers(value: number | undefined, argument = '--workers'): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1 || value > limits.workers) throw InputError.of({ path: argument, value, message: `must be a whole number of worker threads from 1 to ${limits.workers}` });
  return value;
}

/** `--replications`: an integer in 1..10000, or undefined for the default. */
export function checkReplications(value: number | undefined, argument = '--replications'): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1 || value > limits.replications) throw InputError.of({ path: argument, value, message: `must be a whole number of replications from 1 to ${limits.replications}` });
  return value;
}

/** `--seed`: a non-negative safe integer that leaves room for one seed per replication. */
export function checkSeed(value: number | undefined, argument = '--seed'): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0 || value > Number.MAX_SAFE_INTEGER - limits.replications) {
    throw InputError.of({ path: argument, value, message: `must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER - limits.replications}` });
  }
  return value;
}

/** `--days`: a horizon in (0, 3650] days. */
export function checkDays(value: number | undefined, argument = '--days'): number | undefined {
  if (value === undefined) return undefined;
  if (!(value > 0 && value <= limits.horizonDays)) throw InputError.of({ path: argument, value, message: `must be a number of days in (0, ${limits.horizonDays}]` });
  return value;
}

/** `--metrics m1,m2`: known metric names, or undefined for the default set. */
export function parseMetricList(text: string | undefined, argument = '--metrics'): string[] | undefined {
  if (text === undefined) return undefined;
  return checkMetricNames(text.split(',').map((m) => m.trim()).filter((m) => m.length > 0), argument);
}
