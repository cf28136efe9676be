// `npm run bench [-- NAME ...] [--json]`: runs the named benchmarks (all by default) and prints a
// table, or with --json one JSON object keyed by benchmark name on stdout.
const benches: Record<string, () => Promise<unknown>> = {
  kernel: async () => (await import('./kernel.js')).benchKernel(),
  random: async () => (await import('./random.js')).benchRandom(),
  routing: async () => (await import('./routing.js')).benchRouting(),
  'route-batch': async () => (await import('./route-batch.js')).benchRouteBatch(),
  oms: async () => (await import('./oms.js')).benchOms(),
  pipeline: async () => (await import('./pipeline.js')).benchPipeline(),
  import: async () => (await import('./import.js')).benchImport(),
  web: async () => (await import('./web.js')).benchWeb(),
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in benches));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}\n`);
  process.exit(2);
}
const selected = names.length > 0 ? names : Object.keys(benches);
const results: Record<string, unknown> = {};
for (const name of selected) {
  if (!json) process.stderr.write(`running ${name}...\n`);
  try {
    results[name] = await benches[name]!();
  } catch (error) {
    if (names.length > 0) throw error;
    results[name] = { skipped: (error as Error).message };
  }
  if (!json) process.stdout.write(`${name}: ${JSON.stringify(results[name], null, 2)}\n`);
}
if (json) process.stdout.write(`${JSON.stringify(results)}\n`);

export {};
