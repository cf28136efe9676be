// Worker entry: Node 20 worker threads do not inherit the main thread's TypeScript loader, so each
// worker registers tsx itself before importing the task module.
import { register } from 'tsx/esm/api';

register();
const task = await import('./worker-task.ts');

export default task.default;
export const runWatched = task.runWatched;
export const runPicksInWorker = task.runPicksInWorker;
