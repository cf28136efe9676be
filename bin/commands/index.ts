// Every CLI command, in the order `baton --help` lists them.
import type { CommandModule } from 'yargs';
import { demoCommand } from './demo.js';
import { explainCommand } from './explain.js';
import { listCommand } from './list.js';
import { routeCommand } from './route.js';
import { runCommand } from './run.js';
import { validateCommand } from './validate.js';
import { sweepCommand } from './sweep.js';
import { compareCommand } from './compare.js';
import { reportCommand } from './report.js';
import { workerCommand } from './worker.js';

export const commands: CommandModule<any, any>[] = [runCommand, sweepCommand, compareCommand, validateCommand, explainCommand, listCommand, routeCommand, reportCommand, demoCommand, workerCommand];
