// The routing benchmark: versioned, seeded suites of pick lists and OMS scenarios, run against every
// built-in and vendor policy, summarised as a leaderboard.
export { benchmarkSuites, suiteHash, suiteNames, type BenchmarkSuite, type DemandSkew, type PickSuite, type OmsSuite } from './suites.js';
export { generatePickCells, pickInstancesHash, spotsByDistance, spotWeights, type PickCell } from './instances.js';
export { routeProblem, crossAisleYs } from './check-route.js';
export { runPickBenchmark, type PickBenchmark, type PickStanding, type PickContender, type PickCellResult, type PickAnswer } from './pick-bench.js';
export { runOmsBenchmark, omsTasks, type OmsBenchmark, type OmsStanding, type OmsScenarioResult, type OmsContender } from './oms-bench.js';
export { runBenchmark, findSuite, type Leaderboard, type BenchmarkOptions } from './leaderboard.js';
export { leaderboardCsv } from './csv.js';
export { writeLeaderboard, checkOutFolder, leaderboardFiles } from './output.js';
