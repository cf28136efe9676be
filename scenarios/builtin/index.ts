// The built-in scenarios, runnable by name (`baton run seed-walkthrough`) in Node and the browser.
import large from './large.json';
import multichannel from './multichannel.json';
import seedDrift from './seed-drift.json';
import seedOversell from './seed-oversell.json';
import seedWalkthrough from './seed-walkthrough.json';

/** Built-in scenario documents by name, in the order `baton list` shows them. */
export const builtinScenarios: Record<string, unknown> = {
  'seed-walkthrough': seedWalkthrough,
  'seed-oversell': seedOversell,
  'seed-drift': seedDrift,
  multichannel,
  large,
};
