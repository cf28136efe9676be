// Kernel benchmark: the M/M/4 anchor model (one generator process per customer on a FIFO
// `Resource`) and a bare timeout loop. Each part runs in its own child process so neither sees
// call-site feedback from the other (or from whatever benchmark ran earlier in the parent).
// Run alone with `npx tsx bench/kernel.ts`.
//
// Rates are per CPU second of the measuring process (user + system time): on an idle machine that
// equals wall time, and on a shared one it is not inflated by time spent waiting for a core. The
// M/M/c part also reports its wall-clock rate.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Resource, Simulation } from '../sim/index.js';
import { RandomStreams, type RandomStream } from '../sim/random.js';
import { mmcWaitSeconds } from '../test/support/queueing.js';

const defaults = {
  servers: 4,
  arrivalRate: 3.6,
  serviceRate: 1,
  customers: 200_000,
  warmupCustomers: 50_000,
  timeoutIterations: 8_000_000,
  warmupTimeoutIterations: 1_000_000,
  // Timed runs per part after one shorter warm-up run; the reported figure is the median run,
  // which a single GC pause or scheduler hiccup cannot move the way it moves a mean or a best-of.
  timedRuns: 5,
  seed: 'bench-kernel',
};

export interface MmcResult {
  customers: number;
  customersPerSecond: number;
  eventsPerSecond: number;
  /** The median run's customers per wall-clock second. */
  wallCustomersPerSecond: number;
  /** Measured mean wait in queue, seconds. */
  wq: number;
  /** Erlang C mean wait in queue for the same model, seconds. */
  erlangWq: number;
}

export interface TimeoutResult {
  /** One process yielding 1: each wake-up is the next event, which the kernel runs without queueing. */
  eventsPerSecond: number;
  /** Two processes yielding 1 in turn: every wake-up goes through the event queue. */
  queuedEventsPerSecond: number;
}

export interface KernelBenchResult {
  mmc: MmcResult;
  timeout: TimeoutResult;
}

/** How long one run took and how many events it processed. */
export interface RunTiming {
  cpuSeconds: number;
  wallSeconds: number;
  events: number;
}

function timed(run: () => Simulation): RunTiming {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const sim = run();
  const cpu = process.cpuUsage(cpuBefore);
  return { cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds: (performance.now() - wallBefore) / 1000, events: sim.eventsProcessed };
}

/** Runs the M/M/c model once for `customers` arrivals; returns its timing and mean wait in queue. */
export function runMmcOnce(customers: number, seed: string | number = defaults.seed): RunTiming & { waitSecondsMean: number } {
  const { servers, arrivalRate, serviceRate } = defaults;
  const streams = new RandomStreams(seed);
  const arrivalStream = streams.stream('arrivals');
  const serviceStream = streams.stream('service');
  const sim = new Simulation();
  const desk = new Resource(sim, servers, 'servers');
  const wait = { totalSeconds: 0 };

  function* customer() {
    const arrivedAt = sim.now;
    const request = desk.request();
    yield request;
    wait.totalSeconds += sim.now - arrivedAt;
    yield serviceStream.exponential(serviceRate);
    desk.release(request);
  }

  function* source(stream: RandomStream) {
    for (let i = 0; i < customers; i++) {
      sim.process(customer());
      yield stream.exponential(arrivalRate);
    }
  }

  sim.process(source(arrivalStream));
  const timing = timed(() => {
    sim.run();
    return sim;
  });
  return { ...timing, waitSecondsMean: wait.totalSeconds / customers };
}

/** Runs `processes` processes that each yield `1` for `iterations / processes` times. */
export function runTimeoutLoopOnce(iterations: number, processes = 1): RunTiming {
  const sim = new Simulation();
  function* ticker(count: number) {
    for (let i = 0; i < count; i++) yield 1;
  }
  for (let p = 0; p < processes; p++) sim.process(ticker(Math.floor(iterations / processes)));
  return timed(() => {
    sim.run();
    return sim;
  });
}

/** M/M/c part measured in this process: one warm-up run, then the median of the timed runs. */
export function measureMmc(): MmcResult {
  const { customers, servers, arrivalRate, serviceRate } = defaults;
  runMmcOnce(defaults.warmupCustomers, `${defaults.seed}-warmup`);
  // Same seed every run: the runs differ only in timing, and wq is one long-run estimate.
  const runs = Array.from({ length: defaults.timedRuns }, () => runMmcOnce(customers));
  const median = medianBy(runs, (run) => run.cpuSeconds);
  return {
    customers,
    customersPerSecond: customers / median.cpuSeconds,
    eventsPerSecond: median.events / median.cpuSeconds,
    wallCustomersPerSecond: customers / median.wallSeconds,
    wq: median.waitSecondsMean,
    erlangWq: mmcWaitSeconds(servers, arrivalRate, serviceRate),
  };
}

/** Timeout part measured in this process: for one and for two processes, a warm-up run, then the median of the timed runs. */
export function measureTimeoutLoop(): TimeoutResult {
  const rate = (processes: number) => {
    runTimeoutLoopOnce(defaults.warmupTimeoutIterations, processes);
    const runs = Array.from({ length: defaults.timedRuns }, () => runTimeoutLoopOnce(defaults.timeoutIterations, processes));
    const median = medianBy(runs, (run) => run.cpuSeconds);
    return median.events / median.cpuSeconds;
  };
  return { eventsPerSecond: rate(1), queuedEventsPerSecond: rate(2) };
}

/**
 * Both parts, each in a fresh child process; with `isolate: false` (or when bundled) both run in
 * this process, timeout first so the kernel's call sites have seen only processes when it is timed.
 */
export function benchKernel(options: { isolate?: boolean } = {}): KernelBenchResult {
  if (options.isolate === false || !runsAsOwnFile) return { timeout: measureTimeoutLoop(), mmc: measureMmc() };
  return { timeout: runPartInChild('timeout') as TimeoutResult, mmc: runPartInChild('mmc') as MmcResult };
}

type Part = 'mmc' | 'timeout';
const partFlag = '--kernel-bench-part';
const thisFile = fileURLToPath(import.meta.url);
// False when this module was bundled into another file, which then cannot be re-run as one part.
const runsAsOwnFile = /[\\/]kernel\.(ts|js|mjs)$/.test(thisFile);

function runPartInChild(part: Part): MmcResult | TimeoutResult {
  // execArgv carries the TypeScript loader (tsx) the parent was started with.
  const child = spawnSync(process.execPath, [...process.execArgv, thisFile, partFlag, part], { encoding: 'utf8' });
  if (child.status !== 0) {
    throw new Error(`kernel bench part ${part} failed (exit ${child.status}): ${child.stderr || child.error?.message}`);
  }
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as MmcResult | TimeoutResult;
}

function medianBy<T>(items: T[], key: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[(sorted.length - 1) >> 1]!;
}

if (runsAsOwnFile && process.argv[1] === thisFile) {
  const flagIndex = process.argv.indexOf(partFlag);
  if (flagIndex >= 0) {
    const part = process.argv[flagIndex + 1];
    if (part !== 'mmc' && part !== 'timeout') throw new Error(`unknown kernel bench part ${String(part)}`);
    console.log(JSON.stringify(part === 'mmc' ? measureMmc() : measureTimeoutLoop()));
  } else {
    console.log(JSON.stringify(benchKernel(), null, 2));
  }
}
