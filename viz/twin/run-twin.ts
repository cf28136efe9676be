// One run for the web twin: the result JSON, the visuals (the pipeline's when it hands them over,
// else rebuilt from the trace) and the first orders' journeys, all from the same engine the CLI uses.
import type { ScenarioConfig } from '../../models/config.js';
import type { BatonTrace } from '../../models/trace.js';
import type { RunVisuals } from '../../models/visuals.js';
import type { RunResult } from '../../scenarios/result.js';
import { runScenarioWithVisuals } from '../../scenarios/run.js';
import { CallbackTrace } from '../../sim/index.js';
import { JourneyRecorder, type Journey } from '../sequence/index.js';
import { readStart } from './start.js';
import { StockTracker } from './stock-tracker.js';
import { TraceVisuals } from './trace-visuals.js';

/** What the twin shows of one run. */
export interface TwinRun {
  result: RunResult;
  visuals: RunVisuals;
  /** 'pipeline' when the engine handed visuals over, 'trace' when they were rebuilt from the trace. */
  visualsSource: 'pipeline' | 'trace';
  journeys: Journey[];
  hasOms: boolean;
  channels: string[];
}

export interface TwinOptions {
  /** Orders to follow (the first ones accepted). */
  orders?: number;
  /** 'trace' rebuilds the visuals from the trace even when the pipeline hands its own over. */
  visuals?: 'auto' | 'trace';
}

/** Runs the scenario with a trace and gathers what the twin draws. */
export function runTwin(config: ScenarioConfig, options: TwinOptions = {}): TwinRun {
  const start = readStart(config);
  const tracker = new StockTracker(start);
  const traceVisuals = new TraceVisuals(config, start, tracker);
  const channels = config.channels.map((c) => c.name);
  const recorder = new JourneyRecorder((sku) => (tracker.skuIndex(sku) >= 0 ? tracker.numbersOf(sku) : null), { hasOms: config.ownership.oms, channels, orders: options.orders });
  const tracer = new CallbackTrace<BatonTrace>((record) => {
    traceVisuals.before(record.time);
    tracker.apply(record);
    recorder.observe(record);
    traceVisuals.after(record);
  });
  const { result, visuals: pipelineVisuals } = runScenarioWithVisuals(config, { tracer, visuals: options.visuals !== 'trace' });
  return {
    result,
    visuals: pipelineVisuals ?? traceVisuals.finish(config.horizonDays * 86_400),
    visualsSource: pipelineVisuals ? 'pipeline' : 'trace',
    journeys: recorder.journeys(),
    hasOms: config.ownership.oms,
    channels,
  };
}
