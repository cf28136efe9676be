// Import benchmark: a synthetic 1,000,000-line Shopify orders export read, checked, calibrated and
// turned into the replay scenario and forecast, in a child process of its own (so its peak memory is
// its own). BATON_BENCH_IMPORT_LINES sets another size.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Imports a generated export in a fresh process and returns its speed and peak memory. */
export async function benchImport(): Promise<unknown> {
  const script = fileURLToPath(new URL('./import-run.ts', import.meta.url));
  const lines = process.env.BATON_BENCH_IMPORT_LINES ?? '1000000';
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, lines], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split('\n').pop()!);
}
