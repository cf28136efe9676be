// `baton worker --queue redis://HOST:PORT`: runs sweep tasks from a distributed sweep's queue on this
// machine's worker threads until stopped (Ctrl-C or SIGTERM: the runs in hand finish first).
import type { CommandModule } from 'yargs';
import { InputError } from '../../scenarios/errors.js';
import { defaultWorkerCount } from '../../scenarios/experiment/index.js';
import { engineFingerprint, queueConnection, shownUrl, startQueueWorker } from '../../scenarios/experiment/queue/index.js';

interface WorkerArgs {
  queue: string;
  concurrency?: number;
  'lock-seconds': number;
  quiet: boolean;
}

export const workerCommand: CommandModule<object, WorkerArgs> = {
  command: 'worker',
  describe: 'run tasks of distributed sweeps (`sweep --queue`) from a Redis queue until stopped',
  builder: (y) =>
    y
      .option('queue', { type: 'string', demandOption: true, describe: 'the Redis URL of the queue (redis://HOST:PORT)' })
      .option('concurrency', { type: 'number', describe: 'runs at once on worker threads (default: the machine\'s parallelism)' })
      .option('lock-seconds', { type: 'number', default: 30, describe: 'how long a silent worker keeps a job before another worker takes it over' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing per job' }) as never,
  handler: async (args) => {
    queueConnection(args.queue);
    const concurrency = args.concurrency ?? defaultWorkerCount();
    if (!Number.isSafeInteger(concurrency) || concurrency < 1 || concurrency > 256) {
      throw InputError.of({ path: '--concurrency', value: args.concurrency, message: 'must be an integer from 1 to 256' });
    }
    const lockSeconds = args['lock-seconds'];
    if (!(Number.isFinite(lockSeconds) && lockSeconds >= 1 && lockSeconds <= 3600)) {
      throw InputError.of({ path: '--lock-seconds', value: lockSeconds, message: 'must be a number of seconds from 1 to 3600' });
    }
    const log = (line: string) => {
      if (!args.quiet) process.stderr.write(`${line}\n`);
    };
    const worker = await startQueueWorker(args.queue, {
      concurrency,
      lockSeconds,
      onJob: ({ id, state, error }) => log(`job ${id} ${state}${error ? `: ${error}` : ''}`),
      // Said even with --quiet: an unreachable queue is not a job's news.
      report: (line) => process.stderr.write(`${line}\n`),
    });
    log(`baton worker: taking runs of engine ${engineFingerprint()} (this build) from ${shownUrl(args.queue)} on ${concurrency} thread(s); Ctrl-C stops after the runs in hand`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    log('baton worker: stopping');
    await worker.close();
  },
};
