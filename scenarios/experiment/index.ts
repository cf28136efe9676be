// Experiments: parameter sweeps over a scenario on a worker-thread pool, paired comparisons on common
// random numbers, resumable run storage and the summaries.
export { experimentSchema, parseExperiment, checkMetricNames, knownMetrics, defaultMetrics, type Experiment, type ExperimentFile } from './schema.js';
export { loadExperiment, loadScenarioDocument, builtinExperiments, builtinExperimentNames, type LoadedExperiment, type ScenarioDocument } from './load.js';
export { parsePath, setAtPath, formatSteps, PathError, type PathStep } from './path.js';
export { designAssignments, applyAssignments, buildPoint, expandPoints, type Assignment, type DesignPoint } from './points.js';
export { buildTasks, taskKey, taskName, replicationSeed, type Task, type TaskInput, type RunTask } from './tasks.js';
export { createWorkerPool, defaultWorkerCount, type WorkerPool } from './pool.js';
export { runWatchedScenario, type WatchedRunOptions } from './watched-run.js';
export { RunTimedOut } from './timeout.js';
export { runTasks, SweepInterrupted, RunFailed, RunsFailed, type Progress, type RunnerOptions } from './runner.js';
export { RunStore, type StoredRun, type PreparedRuns } from './store.js';
export { summarizeSamples, summarizePoints, metricOf, runsHash, summaryCsv, runsCsv, type MetricSummary, type PointSummary, type PointLabel } from './aggregate.js';
export { sweepHeadlines, type Headline } from './headlines.js';
export { runSweep, defaultOutFolder, type SweepOptions, type SweepOutcome, type SweepSummary, type ViolatingRun } from './sweep.js';
export { runComparison, parseAssignment, compareMetric, comparisonDefaults, type Comparison, type ComparisonOptions, type MetricComparison } from './compare.js';
export { checkWorkers, checkReplications, checkSeed, checkDays, parseMetricList } from './arguments.js';
// The queue (BullMQ, ioredis) is in './queue/index.js', loaded only by the commands that use it.
export { queueConnection } from './queue/connection.js';
export { selectBest, parseConstraint, type Constraint, type OptimizeResult, type RankedPoint, type OptimizeSettings, type Evaluate } from './optimize.js';
export { runOptimize, type OptimizeOptions } from './optimize-run.js';
