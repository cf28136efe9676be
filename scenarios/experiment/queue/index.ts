// Distributed sweeps on a BullMQ queue: the coordinator that enqueues a sweep's tasks and the worker that
// runs them. Kept out of the experiment barrel so a local sweep never loads BullMQ or ioredis.
export { openQueueRunner, jobIdOf, type QueueRunner, type QueuedTask } from './coordinator.js';
export { startQueueWorker, type QueueWorker, type QueueWorkerOptions } from './worker.js';
export { queueConnection } from './connection.js';
export { shownUrl, watchReachability, type ReachabilityReport } from './reachability.js';
export { engineFingerprint } from './engine.js';
