// Child process of the pipeline benchmark: runs one scenario and prints one JSON line with its
// speed and this process's peak memory (so other benchmarks cannot inflate the figure).
import { loadScenario } from '../scenarios/load.js';
import { runScenario, withOverrides } from '../scenarios/run.js';

const [name = 'large', days] = process.argv.slice(2);
const config = withOverrides(loadScenario(name), { days: days ? Number(days) : undefined });
const started = performance.now();
const cpuStart = process.cpuUsage();
const result = runScenario(config);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
// CPU seconds of this thread's process: the fair figure on a shared machine (wall time counts waiting).
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const orders = result.metrics.ordersAccepted! + result.metrics.ordersRejected!;
process.stdout.write(
  `${JSON.stringify({
    scenario: name,
    days: config.horizonDays,
    orders,
    seconds: Number(seconds.toFixed(2)),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    ordersPerSecond: Math.round(orders / seconds),
    ordersPerCpuSecond: Math.round(orders / cpuSeconds),
    eventsPerSecond: Math.round(result.perf.events / seconds),
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
    violations: result.invariants.violations.length,
    hash: result.hash,
  })}\n`,
);
