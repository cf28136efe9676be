// The hand-written fixtures the viz tests draw: a small run (result + visuals) and a sweep summary.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RunVisuals } from '../../../models/visuals.js';
import type { RunResult } from '../../../scenarios/result.js';
import type { SweepSummaryLike } from '../../../viz/charts/index.js';

const folder = resolve(import.meta.dirname, '../../fixtures');

/** Path of a fixture file. */
export function fixturePath(name: string): string {
  return resolve(folder, name);
}

/** A fresh copy of the small run fixture. */
export function smallRun(): { result: RunResult; visuals: RunVisuals } {
  return JSON.parse(readFileSync(fixturePath('visuals-small.json'), 'utf8')) as { result: RunResult; visuals: RunVisuals };
}

/** A fresh copy of the sweep summary fixture. */
export function sweepSummary(): SweepSummaryLike {
  return JSON.parse(readFileSync(fixturePath('visuals-sweep-summary.json'), 'utf8')) as SweepSummaryLike;
}
