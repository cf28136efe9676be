// One run for the web twin: the result JSON, the pipeline's visuals and the first orders' journeys,
// all from the same engine the CLI uses.
import type { ScenarioConfig } from '../../models/config.js';
import type { BatonTrace } from '../../models/trace.js';
import type { RunVisuals } from '../../models/visuals.js';
import type { RunResult } from '../../scenarios/result.js';
import { runScenarioWithVisuals } from '../../scenarios/run.js';
import { CallbackTrace } from '../../sim/index.js';
import { JourneyRecorder, type Journey } from '../sequence/index.js';
import { readStart } from './start.js';
import { StockTracker } from './stock-tracker.js';

/** What the twin shows of one run. */
export interface TwinRun {
  result: RunResult;
  visuals: RunVisuals;
  journeys: Journey[];
  hasOms: boolean;
  channels: string[];
}

export interface TwinOptions {
  /** Orders to follow (the first ones accepted). */
  orders?: number;
}

/** Runs the scenario with a trace and gathers what the twin draws. */
export function runTwin(config: ScenarioConfig, options: TwinOptions = {}): TwinRun {
  const start = readStart(config);
  const tracker = new StockTracker(start);
  const channels = config.channels.map((c) => c.name);
  const recorder = new JourneyRecorder((sku) => (tracker.skuIndex(sku) >= 0 ? tracker.numbersOf(sku) : null), { hasOms: config.ownership.oms, channels, orders: options.orders });
  const tracer = new CallbackTrace<BatonTrace>((record) => {
    tracker.apply(record);
    recorder.observe(record);
  });
  const { result, visuals } = runScenarioWithVisuals(config, { tracer, visuals: true });
  if (visuals === undefined) throw new Error('the pipeline returned no visuals');
  return {
    result,
    visuals,
    journeys: recorder.journeys(),
    hasOms: config.ownership.oms,
    channels,
  };
}
