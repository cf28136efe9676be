// Messages between the page and the engine worker. Requests carry an id; each gets one reply, and a
// run may send progress notes before it.
import type { DroppedAnalysis, DroppedFile } from '../../scenarios/import/dropped-files.js';
import type { RunResult } from '../../scenarios/result.js';
import type { PairedRow, TwinKnobValues, TwinParameters, TwinRun } from '../twin/index.js';

/** A built-in scenario as the page lists it, with its knobs' own values. */
export interface ScenarioEntry {
  name: string;
  description: string;
  parameters: TwinKnobValues;
}

export interface EngineCatalog {
  scenarios: ScenarioEntry[];
  omsPolicies: string[];
  pickPolicies: string[];
}

export type EngineRequest =
  | { id: number; type: 'describe' }
  | { id: number; type: 'run'; scenario: string; parameters: TwinParameters }
  | { id: number; type: 'compare'; scenario: string; a: TwinParameters; b: TwinParameters; seeds: number }
  | { id: number; type: 'analyse'; files: DroppedFile[]; syncMinutes: number; forecastDays: number }
  | { id: number; type: 'run-document'; document: Record<string, unknown>; label: string };

export type EngineReply =
  | { id: number; type: 'describe'; catalog: EngineCatalog }
  | { id: number; type: 'run'; run: TwinRun; wallMs: number }
  | { id: number; type: 'compare'; rows: PairedRow[]; a: RunResult[]; b: RunResult[] }
  | { id: number; type: 'analyse'; analysis: DroppedAnalysis }
  | { id: number; type: 'error'; message: string };

/** How far a run has got, in simulated seconds (sent about once per simulated hour). */
export interface EngineProgress {
  id: number;
  type: 'progress';
  doneSeconds: number;
  horizonSeconds: number;
}
