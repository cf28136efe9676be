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
  /** Simulated days after which the trace stops even if a followed order is still open (default 3). */
  traceDays?: number;
  /** Called with the simulated seconds done and the horizon, about once per simulated hour. */
  onProgress?: (doneSeconds: number, horizonSeconds: number) => void;
}

const defaults = { traceDays: 3 };

/** Runs the scenario with a trace and gathers what the twin draws. */
export function runTwin(config: ScenarioConfig, options: TwinOptions = {}): TwinRun {
  const start = readStart(config);
  const tracker = new StockTracker(start);
  const channels = config.channels.map((c) => c.name);
  const recorder = new JourneyRecorder((sku) => (tracker.skuIndex(sku) >= 0 ? tracker.numbersOf(sku) : null), { hasOms: config.ownership.oms, channels, orders: options.orders });
  let lastRecordAt = 0;
  const tracer = new CallbackTrace<BatonTrace>((record) => {
    lastRecordAt = record.time;
    tracker.apply(record);
    recorder.observe(record);
  });
  // The trace only feeds the journeys: it stops once they are told (or after traceDays), which
  // keeps a month of a large operation as fast as an untraced run.
  const traceUntil = (options.traceDays ?? defaults.traceDays) * 86_400;
  const traceWhile = () => !recorder.settled() && lastRecordAt < traceUntil;
  const { result, visuals } = runScenarioWithVisuals(config, { tracer, visuals: true, traceWhile, onProgress: options.onProgress });
  if (visuals === undefined) throw new Error('the pipeline returned no visuals');
  return {
    result,
    visuals,
    journeys: recorder.journeys(),
    hasOms: config.ownership.oms,
    channels,
  };
}
