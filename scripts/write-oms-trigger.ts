// Writes scenarios/experiments/oms-trigger.json from the advise grid (`npm run oms-trigger`); a test
// fails when the committed file and the grid disagree.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { omsTriggerExperiment } from '../scenarios/advise/trigger-experiment.js';

const target = join(import.meta.dirname, '..', 'scenarios', 'experiments', 'oms-trigger.json');
writeFileSync(target, `${JSON.stringify(omsTriggerExperiment(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
