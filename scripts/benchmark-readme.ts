// Prints the README's benchmark tables from a fresh run of the default suite (`npm run benchmark:readme`);
// paste the output between the README's `benchmark:default` markers. A test holds the README to it.
import { runBenchmark } from '../scenarios/benchmark/index.js';
import { leaderboardMarkdown } from '../viz/benchmark/index.js';

const board = await runBenchmark({ suite: 'default', policyFiles: [] });
process.stdout.write(leaderboardMarkdown(board));
