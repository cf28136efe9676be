// Distributed sweeps on a real Redis (never a mock): `baton sweep --queue` with `baton worker`
// processes gives the same runs and summary hash as a local sweep, also when a worker is killed
// mid-run, when the coordinator is killed and restarted, when Redis restarts empty, and a task that
// keeps failing is reported with the command that reproduces it while the other runs are saved.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jobIdOf, queueConnection, type QueuedTask } from '../../../scenarios/experiment/queue/index.js';
import { InputError } from '../../../scenarios/errors.js';
import { freePort, redisServerPath, startRedis, type RedisServer } from '../../support/redis.js';

const root = resolve(import.meta.dirname, '../../..');
const batonJs = join(root, 'bin/baton.js');

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function launch(args: string[], env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, [batonJs, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => output, exited };
}

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const start = process.hrtime.bigint();
  while (!condition()) {
    if (Number(process.hrtime.bigint() - start) / 1e6 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function stop(running: Running, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (running.child.exitCode === null) running.child.kill(signal);
  return running.exited;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'baton-queue-'));

function writeExperiment(dir: string, name: string, body: object): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ name, design: 'grid', ...body }));
  return file;
}

/** The summary hash and the run files (without perf) of a finished sweep folder. */
function sweepFolder(out: string): { hash: string; runs: Record<string, unknown> } {
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
  const runs: Record<string, unknown> = {};
  for (const name of readdirSync(join(out, 'runs')).sort()) {
    const { perf: _perf, ...rest } = JSON.parse(readFileSync(join(out, 'runs', name), 'utf8'));
    runs[name] = rest;
  }
  return { hash: summary.hash, runs };
}

function localSweep(experiment: string, out: string): { hash: string; runs: Record<string, unknown> } {
  const r = spawnSync(process.execPath, [batonJs, 'sweep', experiment, '--workers', '1', '--out', out, '--json'], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  expect(r.status, r.stderr).toBe(0);
  return sweepFolder(out);
}

const runFiles = (out: string) => (existsSync(join(out, 'runs')) ? readdirSync(join(out, 'runs')).filter((n) => n.endsWith('.json')) : []);

describe('queue job identity', () => {
  const task: QueuedTask = { input: { scenarioSha256: 'c'.repeat(64), seed: 1, days: 2 }, policies: [] };
  it('equal tasks get equal job ids; scenario, seed, days and policy contents change them', () => {
    expect(jobIdOf(task)).toBe(jobIdOf(structuredClone(task)));
    expect(jobIdOf(task)).toMatch(/^run-[0-9a-f]{16}$/);
    expect(jobIdOf({ ...task, input: { ...task.input, days: 3 } })).not.toBe(jobIdOf(task));
    expect(jobIdOf({ ...task, input: { ...task.input, seed: 2 } })).not.toBe(jobIdOf(task));
    expect(jobIdOf({ ...task, input: { ...task.input, scenarioSha256: 'd'.repeat(64) } })).not.toBe(jobIdOf(task));
    expect(jobIdOf({ ...task, policies: [{ sha256: 'a'.repeat(64), name: 'p.ts' }] })).not.toBe(jobIdOf({ ...task, policies: [{ sha256: 'b'.repeat(64), name: 'p.ts' }] }));
  });

  it('queue URLs are checked before anything connects', () => {
    expect(queueConnection('redis://127.0.0.1:6379').url).toBe('redis://127.0.0.1:6379');
    for (const bad of ['localhost:6379', 'http://127.0.0.1:6379', 'redis://', 'redis://host:99999']) {
      expect(() => queueConnection(bad), bad).toThrow(InputError);
    }
  });
});

describe.skipIf(redisServerPath() === null)('distributed sweeps on Redis', () => {
  let redis: RedisServer;
  let dir: string;
  let small: string;
  let slow: string;
  let smallLocal: { hash: string; runs: Record<string, unknown> };
  let slowLocal: { hash: string; runs: Record<string, unknown> };
  const workers: Running[] = [];
  const worker = (...extra: string[]) => workerWith({}, ...extra);
  const workerWith = (env: Record<string, string>, ...extra: string[]) => {
    const w = launch(['worker', '--queue', redis.url, '--concurrency', '1', '--lock-seconds', '2', ...extra], env);
    workers.push(w);
    return w;
  };

  beforeAll(async () => {
    redis = await startRedis();
    dir = tmp();
    small = writeExperiment(dir, 'queue-small', { base: 'seed-oversell', replications: 3, seed: 5, days: 2, vary: [{ path: 'channels[*].syncIntervalSeconds', values: [300, 1800] }], metrics: ['oversellRate'] });
    slow = writeExperiment(dir, 'queue-slow', { base: 'multichannel', replications: 2, seed: 3, days: 7, vary: [{ path: 'channels[*].syncIntervalSeconds', values: [300, 1800] }], metrics: ['oversellRate', 'fillRate'] });
    smallLocal = localSweep(small, join(dir, 'small-local'));
    slowLocal = localSweep(slow, join(dir, 'slow-local'));
  }, 240_000);

  // Job ids are content hashes: without a clean queue a test would find the previous test's results.
  beforeEach(async () => {
    const client = new Redis(redis.url);
    await client.flushall();
    await client.quit();
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => stop(w, 'SIGKILL')));
    await redis?.stop();
  });

  it('two worker processes give the same runs and summary hash as a local sweep', async () => {
    const a = worker();
    const b = worker();
    const out = join(dir, 'small-queue');
    const sweep = launch(['sweep', small, '--queue', redis.url, '--out', out, '--json']);
    expect(await sweep.exited, sweep.output()).toBe(0);
    expect(sweepFolder(out)).toEqual(smallLocal);
    await Promise.all([stop(a), stop(b)]);
    expect(`${a.output()}${b.output()}`.match(/ done$/gm)?.length).toBe(6);
    // Each of the 2 points' scenarios is stored once; the 6 jobs name it by hash and stay small.
    const client = new Redis(redis.url);
    try {
      expect(await client.keys('baton:scenario:*')).toHaveLength(2);
      const jobKeys = (await client.keys('bull:baton-runs-*:run-*')).filter((k) => /:run-[0-9a-f]+$/.test(k));
      expect(jobKeys).toHaveLength(6);
      for (const key of jobKeys) expect((await client.hget(key, 'data'))!.length).toBeLessThan(400);
    } finally {
      await client.quit();
    }
  }, 120_000);

  it('a worker killed mid-run: its job is taken over and the result is written once', async () => {
    const first = worker();
    const out = join(dir, 'slow-kill');
    const sweep = launch(['sweep', slow, '--queue', redis.url, '--out', out, '--json']);
    await until(() => / started$/m.test(first.output()), 'the first worker to start a run');
    const killedJob = /job (\S+) started$/m.exec(first.output())![1]!;
    await stop(first, 'SIGKILL');
    const second = worker();
    expect(await sweep.exited, sweep.output()).toBe(0);
    expect(second.output()).toContain(`job ${killedJob} done`);
    expect(runFiles(out).sort()).toEqual(Object.keys(slowLocal.runs));
    expect(sweepFolder(out)).toEqual(slowLocal);
    await stop(second);
  }, 180_000);

  it('a coordinator killed and restarted with --resume finishes with the same hash', async () => {
    const w = worker();
    const out = join(dir, 'slow-coordinator');
    const firstTry = launch(['sweep', slow, '--queue', redis.url, '--out', out, '--json']);
    await until(() => runFiles(out).length >= 1, 'a first stored run');
    await stop(firstTry, 'SIGKILL');
    const again = launch(['sweep', slow, '--queue', redis.url, '--out', out, '--resume', '--json']);
    expect(await again.exited, again.output()).toBe(0);
    expect(sweepFolder(out)).toEqual(slowLocal);
    await stop(w);
  }, 180_000);

  it('Redis restarting empty mid-sweep: lost jobs are sent again and the hash is unchanged', async () => {
    const w = worker();
    const out = join(dir, 'slow-redis-restart');
    const sweep = launch(['sweep', slow, '--queue', redis.url, '--out', out, '--json']);
    await until(() => runFiles(out).length >= 1, 'a first stored run');
    const port = redis.port;
    await redis.stop();
    redis = await startRedis(port);
    expect(await sweep.exited, sweep.output()).toBe(0);
    expect(sweepFolder(out)).toEqual(slowLocal);
    await stop(w);
  }, 180_000);

  it('a worker and a sweep started before Redis say once that it does not answer, then finish with the local hash', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const early = launch(['worker', '--queue', url, '--concurrency', '1', '--lock-seconds', '2']);
    workers.push(early);
    const out = join(dir, 'small-before-redis');
    const sweep = launch(['sweep', small, '--queue', url, '--out', out, '--json']);
    const waiting = `baton: Redis at ${url} does not answer (connect ECONNREFUSED 127.0.0.1:${port})`;
    await until(() => early.output().includes(waiting) && sweep.output().includes(waiting), 'both to say Redis does not answer');
    // Retries go on (every 2 s at most) without a line each.
    await new Promise((r) => setTimeout(r, 3000));
    const late = await startRedis(port);
    try {
      expect(await sweep.exited, sweep.output()).toBe(0);
      expect(sweepFolder(out)).toEqual(smallLocal);
      for (const output of [early.output(), sweep.output()]) {
        expect(output.split(waiting).length - 1).toBe(1);
        expect(output).toContain(`baton: Redis at ${url} answers\n`);
      }
      await stop(early);
    } finally {
      await late.stop();
    }
  }, 120_000);

  it("a worker of another build never takes this build's runs; the sweep says so, names its engine, and finishes once a worker of this build joins", async () => {
    const other = workerWith({ BATON_ENGINE: 'f0f0f0f0f0f0f0f0' });
    await until(() => other.output().includes('taking runs of engine f0f0f0f0f0f0f0f0'), 'the other build to start');
    const out = join(dir, 'small-other-build');
    const sweep = launch(['sweep', small, '--queue', redis.url, '--out', out, '--json']);
    await until(() => sweep.output().includes('is connected to'), 'the sweep to say no worker of its build is connected', 60_000);
    expect(sweep.output()).toMatch(/no `baton worker` of this build \(engine [0-9a-f]{16}\) is connected to redis:\/\/127\.0\.0\.1:\d+; the runs wait for one; workers of other Baton builds are connected \(engine f0f0f0f0f0f0f0f0\)/);
    expect(runFiles(out)).toEqual([]);
    const own = worker();
    expect(await sweep.exited, sweep.output()).toBe(0);
    expect(sweepFolder(out)).toEqual(smallLocal);
    await Promise.all([stop(other), stop(own)]);
    expect(other.output()).not.toMatch(/ started$/m);
  }, 120_000);

  it('a task that keeps failing is reported with its reproduce command; the other runs are saved; exit 1', async () => {
    const policyDir = tmp();
    const policy = join(policyDir, 'always-fails.mjs');
    writeFileSync(policy, "export default { kind: 'oms', name: 'always-fails', route() { throw new Error('vendor bug'); } };\n");
    const experiment = writeExperiment(dir, 'queue-failing', { base: 'seed-walkthrough', replications: 1, seed: 1, days: 1, vary: [{ path: 'oms.routingPolicy', values: ['nearest', 'always-fails'] }], metrics: ['fillRate'] });
    const w = worker();
    const out = join(dir, 'failing');
    const sweep = launch(['sweep', experiment, '--queue', redis.url, '--out', out, '--policy-file', policy]);
    expect(await sweep.exited, sweep.output()).toBe(1);
    expect(sweep.output()).toMatch(/run p1-r0 \(seed 1\) failed: failed on the queue after 3 attempt\(s\)/);
    expect(sweep.output()).toContain('reproduce with: npx baton run');
    expect(sweep.output()).toContain('p1.scenario.json --seed 1');
    expect(runFiles(out)).toEqual(['p0-r0.json']);
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
    await stop(w);
  }, 120_000);
});
