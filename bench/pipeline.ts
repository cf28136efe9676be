// Pipeline benchmark: simulated orders per second and peak memory on the `large` scenario
// (4 channels, 2 warehouses, 5,000 SKUs, 20,000 orders a day, 30 days), in a child process of
// its own; then sweep throughput with 1 and 2 worker threads.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { engineYoungGenerationMb } from '../scenarios/experiment/pool.js';

/** Runs the large scenario in a fresh process and, when available, the sweep benchmark. */
export async function benchPipeline(): Promise<Record<string, unknown>> {
  const script = fileURLToPath(new URL('./pipeline-run.ts', import.meta.url));
  const days = process.env.BATON_BENCH_DAYS ?? '30';
  // The child's heap is set up as a pool thread's (where `baton run` and sweeps run the engine):
  // V8 sizes the young generation at three semi-spaces.
  const semiSpaceMb = Math.round(engineYoungGenerationMb / 3);
  const output = execFileSync(process.execPath, [`--max-semi-space-size=${semiSpaceMb}`, '--import', 'tsx', script, 'large', days], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const large = JSON.parse(output.trim().split('\n').pop()!);
  let sweep: unknown = null;
  try {
    const module = await import('./sweep.js');
    sweep = await module.benchSweep();
  } catch (error) {
    sweep = { skipped: (error as Error).message.split('\n')[0] };
  }
  return { large, sweep };
}
