// Throughput of the random streams: raw uniforms and exponential variates per second of wall time.
import { RandomStreams } from '../sim/random.js';

const defaults = {
  draws: 20_000_000,
  rounds: 3,
  seed: 'bench',
};

/** Best-of-rounds draws per second for random() and exponential(1) on one stream. */
export function benchRandom(): { drawsPerSecond: number; exponentialPerSecond: number } {
  const stream = new RandomStreams(defaults.seed).stream('bench');
  let sink = 0;
  let drawsPerSecond = 0;
  let exponentialPerSecond = 0;
  for (let round = 0; round < defaults.rounds; round++) {
    let start = performance.now();
    for (let i = 0; i < defaults.draws; i++) sink += stream.random();
    drawsPerSecond = Math.max(drawsPerSecond, defaults.draws / ((performance.now() - start) / 1000));
    start = performance.now();
    for (let i = 0; i < defaults.draws; i++) sink += stream.exponential(1);
    exponentialPerSecond = Math.max(exponentialPerSecond, defaults.draws / ((performance.now() - start) / 1000));
  }
  // Keeps the loops observable so they cannot be optimised away.
  if (sink === -1) console.log(sink);
  return { drawsPerSecond, exponentialPerSecond };
}
