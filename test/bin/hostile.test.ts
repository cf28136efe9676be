// Hostile input through the real CLI (spawned processes): every class is refused with exit 2 and
// one clear line naming the file, field and value, never a stack trace, never an output file left
// behind, never a hang (each spawn has a timeout, so a hang fails the test instead of stalling it).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandCatalogue, commandName } from '../../bin/commands/index.js';

const root = resolve(import.meta.dirname, '../..');
const spawnTimeoutMs = 60_000;
const testTimeoutMs = 180_000;
const isRoot = process.getuid?.() === 0;
const nobody = 65_534;
// The permission cases run the CLI as an unprivileged user, which needs to reach the project: a
// clone inside a private folder (mktemp's 0700) is out of its reach, and those cases cannot run there.
const nobodyReachesProject =
  isRoot && spawnSync(process.execPath, ['-e', `process.exit(require('fs').existsSync(${JSON.stringify(join(root, 'bin/baton.js'))}) ? 0 : 1)`], { uid: nobody, gid: nobody }).status === 0;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function baton(args: string[], options: { uid?: number } = {}): Outcome {
  const ids = options.uid === undefined ? {} : { uid: options.uid, gid: options.uid };
  const r = spawnSync(process.execPath, [join(root, 'bin/baton.js'), ...args], { cwd: root, encoding: 'utf8', timeout: spawnTimeoutMs, ...ids });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'baton-hostile-'));
chmodSync(scratch, 0o755);
let counter = 0;
const fresh = (prefix: string) => {
  const dir = join(scratch, `${prefix}-${++counter}`);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  return dir;
};

/** A small valid scenario document with `patch` applied to it. */
function scenario(patch: (doc: Record<string, any>) => void = () => {}): Record<string, any> {
  const doc: Record<string, any> = {
    name: 'hostile',
    horizonDays: 1,
    catalog: { items: [{ code: 'A', costCents: 100, priceCents: 200 }, { code: 'B', costCents: 100, priceCents: 200 }] },
    warehouses: [{ name: 'east' }],
    channels: [{ name: 'shop', demand: { ordersPerDay: 10 } }],
  };
  patch(doc);
  return doc;
}

function writeJson(name: string, value: unknown | string): string {
  const file = join(fresh('in'), name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

/** Exit 2, the first stderr line naming every `needle`, no stack frames, no internal error, nothing on stdout. */
function expectRefused(r: Outcome, ...needles: string[]): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/internal error/);
  const lines = r.stderr.trim().split('\n');
  expect(lines.length).toBeGreaterThan(0);
  const line = lines.find((l) => needles.every((n) => l.includes(n)));
  expect(line, `no line of ${JSON.stringify(r.stderr)} names all of ${JSON.stringify(needles)}`).toBeDefined();
}

/** `validate` and `run --out` both refuse the document, naming file, field and value; run leaves no output. */
function expectBothRefuse(doc: unknown, field: string, value: string): void {
  const file = writeJson('scenario.json', doc);
  expectRefused(baton(['validate', file]), file, field, value);
  const out = join(fresh('out'), 'results');
  expectRefused(baton(['run', file, '--out', out]), file, field, value);
  expect(existsSync(out)).toBe(false);
}

describe('hostile scenario values: validate refuses what run would refuse', () => {
  it(
    'costs and prices beyond Int32, opening units summing past Int32',
    () => {
      expectBothRefuse(scenario((d) => (d.catalog.items[0].costCents = 3e9)), 'catalog.items[0].costCents', '3000000000');
      expectBothRefuse(scenario((d) => (d.catalog = { generate: { count: 3, costCentsMax: 2_000_000_000, marginPct: 60 } })), 'catalog.generate.marginPct', '60');
      expectBothRefuse(
        scenario((d) => (d.warehouses = ['a', 'b', 'c'].map((name) => ({ name, initialStock: { unitsPerSku: 1_000_000_000 } })))),
        'warehouses[*].initialStock',
        '3000000000',
      );
    },
    testTimeoutMs,
  );

  it(
    'pickupHours 24, all-zero hourShape and dayShape',
    () => {
      expectBothRefuse(scenario((d) => (d.warehouses[0].shipping = { pickupHours: [24] })), 'warehouses[0].shipping.pickupHours[0]', '24');
      expectBothRefuse(scenario((d) => (d.channels[0].demand.hourShape = Array(24).fill(0))), 'channels[0].demand.hourShape', '[0,0');
      expectBothRefuse(scenario((d) => (d.channels[0].demand.dayShape = Array(7).fill(0))), 'channels[0].demand.dayShape', '[0,0');
    },
    testTimeoutMs,
  );

  it(
    'malformed and duplicate bins, the same SKU twice, a layout over the bin limit, bins all taken',
    () => {
      const items = (list: object[]) => scenario((d) => (d.warehouses[0].initialStock = { items: list }));
      expectBothRefuse(items([{ sku: 'A', units: 1, bin: 'A-1-1' }]), 'warehouses[0].initialStock.items[0].bin', '"A-1-1"');
      expectBothRefuse(items([{ sku: 'A', units: 1, bin: 'Z-01-01' }]), 'warehouses[0].initialStock.items[0].bin', '"Z-01-01"');
      expectBothRefuse(items([{ sku: 'A', units: 1, bin: 'A-01-01' }, { sku: 'B', units: 1, bin: 'A-01-01' }]), 'warehouses[0].initialStock.items[1].bin', '"A-01-01"');
      expectBothRefuse(items([{ sku: 'A', units: 1 }, { sku: 'A', units: 2 }]), 'warehouses[0].initialStock.items[1].sku', '"A"');
      expectBothRefuse(scenario((d) => (d.warehouses[0].layout = { aisles: 200, baysPerAisle: 500, levels: 20 })), 'warehouses[0].layout', '2000000');
      expectBothRefuse(
        scenario((d) => {
          d.warehouses[0].layout = { aisles: 1, baysPerAisle: 1, levels: 1 };
          d.warehouses[0].initialStock = { items: [{ sku: 'A', units: 1, bin: 'A-01-01' }] };
        }),
        'warehouses[0].initialStock.items',
        'none is left',
      );
    },
    testTimeoutMs,
  );

  it(
    'intervals below their documented minimums, named with the value',
    () => {
      const cases: Array<[(d: Record<string, any>) => void, string, string]> = [
        [(d) => (d.channels[0].syncIntervalSeconds = 1e-9), 'channels[0].syncIntervalSeconds', '1e-9'],
        [(d) => (d.sampleIntervalSeconds = 1e-6), 'sampleIntervalSeconds', '0.000001'],
        [(d) => (d.oms = { fullSyncIntervalSeconds: 1e-6 }), 'oms.fullSyncIntervalSeconds', '0.000001'],
        [(d) => (d.erp = { purchasing: { policy: 'reorder-point', reviewIntervalSeconds: 1e-6 } }), 'erp.purchasing.reviewIntervalSeconds', '0.000001'],
        [(d) => ((d.ownership = 'erp-own-count'), (d.erp = { ownCount: { importIntervalSeconds: 1e-6 } })), 'erp.ownCount.importIntervalSeconds', '0.000001'],
        [(d) => (d.erp = { ownCount: { reconciliationIntervalDays: 1e-9 } }), 'erp.ownCount.reconciliationIntervalDays', '1e-9'],
        [(d) => (d.warehouses[0].batching = { mode: 'wave', waveIntervalSeconds: 1e-9 }), 'warehouses[0].batching.waveIntervalSeconds', '1e-9'],
      ];
      for (const [patch, field, value] of cases) expectBothRefuse(scenario(patch), field, value);
    },
    testTimeoutMs,
  );

  it(
    'an absurd run is refused before it starts, naming the knob (in the file or as --days)',
    () => {
      const doc = scenario((d) => ((d.horizonDays = 3650), (d.channels[0].demand.ordersPerDay = 2_000_000)));
      expectBothRefuse(doc, 'channels[0].demand.ordersPerDay', 'million events');
      const shrink = scenario((d) => ((d.horizonDays = 3650), (d.faults = { shrinkUnitsPerDayPerWarehouse: 1e9 })));
      expectBothRefuse(shrink, 'faults.shrinkUnitsPerDayPerWarehouse', '1000000000');
      expectRefused(baton(['run', 'large', '--days', '3650']), '--days', '3650', 'million events');
      const experiment = writeJson('huge.json', { name: 'huge', base: 'large', replications: 1, days: 3650, vary: [{ path: 'seed', values: [1] }] });
      const out = join(fresh('out'), 'huge');
      expectRefused(baton(['sweep', experiment, '--out', out]), experiment, 'days', '3650', 'million events');
      expect(existsSync(out)).toBe(false);
    },
    testTimeoutMs,
  );

  it(
    'schema errors, cross-field errors, enum values and did-you-mean come in one report',
    () => {
      const doc = scenario((d) => {
        d.catalg = {};
        d.warehouses[0].slotting = 'nearest';
        d.warehouses[0].layot = {};
        d.channels[0].noOmsWarehouse = 'west';
      });
      const file = writeJson('scenario.json', doc);
      const r = baton(['validate', file]);
      expectRefused(r, file, 'warehouses[0].slotting', '"random", "popularity"', '"nearest"');
      expectRefused(r, file, 'catalg', 'did you mean "catalog"');
      expectRefused(r, file, 'warehouses[0].layot', 'did you mean "layout"');
      expectRefused(r, file, 'channels[0].noOmsWarehouse', '"west"');
    },
    testTimeoutMs,
  );
});

describe('hostile files and paths', () => {
  it(
    'a directory, /dev/zero, a FIFO and a missing path (scenario, experiment, layout, policy file): exit 2 naming the file, no hang',
    () => {
      const dir = fresh('dir');
      const fifo = join(fresh('fifo'), 'pipe.json');
      spawnSync('mkfifo', [fifo]);
      const missing = join(scratch, 'missing.json');
      for (const [path, says] of [
        [dir, 'directory'],
        ['/dev/zero', 'character device'],
        [fifo, 'named pipe'],
        [missing, 'no such file'],
      ] as const) {
        expectRefused(baton(['validate', path]), path, says);
        expectRefused(baton(['run', path]), path, says);
        expectRefused(baton(['sweep', path]), path, says);
        expectRefused(baton(['route', '--layout', path, 'A-01-01']), path, says);
        expectRefused(baton(['run', 'seed-walkthrough', '--policy-file', path]), path, says);
      }
    },
    testTimeoutMs,
  );

  it.runIf(nobodyReachesProject)(
    'an unreadable file (checked as an unprivileged user)',
    () => {
      const file = writeJson('secret.json', scenario());
      chmodSync(file, 0o600);
      expectRefused(baton(['validate', file], { uid: nobody }), file, 'permission denied');
    },
    testTimeoutMs,
  );

  it.runIf(nobodyReachesProject)(
    'an unreadable CSV export is a read problem naming its option, not "cannot write" (checked as an unprivileged user)',
    () => {
      const dir = fresh('csv');
      const secret = join(dir, 'secret.csv');
      writeFileSync(secret, 'sku,quantity\nA,1\n');
      chmodSync(secret, 0o600);
      const map = join(dir, 'map.json');
      writeFileSync(map, JSON.stringify({ orderId: 'a', timestamp: 'b', sku: 'c', quantity: 'd', unitPrice: 'e' }));
      const out = join(dir, 'out');
      for (const [args, option] of [
        [['import', '--orders', secret, '--columns', map, '--out', out], '--orders'],
        [['import', '--orders', secret, '--columns', map, '--catalog', secret, '--out', out], '--catalog'],
        [['reconcile', '--wms', secret, '--oms', secret, '--erp', secret], '--wms'],
      ] as const) {
        const r = baton([...args], { uid: nobody });
        expectRefused(r, secret, `at ${option}: cannot read the file: permission denied`);
        expect(r.stderr).not.toMatch(/cannot write/);
      }
      expect(existsSync(out)).toBe(false);
    },
    testTimeoutMs,
  );

  it(
    'a file over the size cap is refused from its size, not read',
    () => {
      const file = join(fresh('big'), 'big.json');
      // A sparse 65 MiB file: the cap is 64 MiB.
      spawnSync('truncate', ['-s', '65M', file]);
      expectRefused(baton(['validate', file]), file, 'larger than');
    },
    testTimeoutMs,
  );

  it(
    'duplicate keys name the key and its path, in scenario and experiment files',
    () => {
      const file = writeJson('dup.json', '{"name":"a","horizonDays":1,"horizonDays":2,"catalog":{"items":[{"code":"A","costCents":1,"priceCents":2,"code":"B"}]},"warehouses":[{"name":"w"}],"channels":[{"name":"c"}]}');
      const r = baton(['validate', file]);
      expectRefused(r, file, 'horizonDays', 'twice');
      expectRefused(r, file, 'catalog.items[0].code', 'twice');
      const experiment = writeJson('exp.json', '{"name":"e","base":"seed-walkthrough","replications":1,"replications":2,"vary":[]}');
      expectRefused(baton(['sweep', experiment]), experiment, 'replications', 'twice');
    },
    testTimeoutMs,
  );

  it(
    'control characters never reach the terminal',
    () => {
      const doc = scenario((d) => ((d.catalog.items[0].code = 'A\u001b[2J'), (d.warehouses[0].name = 'w\u001b]0;pwned\u0007'), (d.description = 'x\u202ey')));
      const file = writeJson('ctrl.json', doc);
      const r = baton(['validate', file]);
      expectRefused(r, file, 'catalog.items[0].code', 'control characters');
      expectRefused(r, file, 'description', 'control characters');
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
      const weird = join(fresh('name'), 'a\u001b[31m.json');
      const missing = baton(['validate', weird]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).not.toMatch(/\u001b/);
      expect(missing.stderr).toContain('\\u{1b}');
    },
    testTimeoutMs,
  );
});

describe('hostile command lines', () => {
  it(
    'empty values, --trace without --out and unparsed numbers are refused',
    () => {
      expectRefused(baton(['run', 'seed-walkthrough', '--seed', '']), '--seed', 'empty');
      expectRefused(baton(['run', 'seed-walkthrough', '--out', '']), '--out', 'empty');
      expectRefused(baton(['run', 'seed-walkthrough', '--out=']), '--out', 'empty');
      expectRefused(baton(['sweep', 'default', '--out', '']), '--out', 'empty');
      expectRefused(baton(['run', 'seed-walkthrough', '--trace']), '--trace', '--out');
      expectRefused(baton(['run', 'seed-walkthrough', '--seed', 'abc']), '--seed', 'number');
    },
    testTimeoutMs,
  );

  it(
    'an unknown flag is refused by every command before it does anything',
    () => {
      for (const entry of commandCatalogue) {
        const args = [commandName(entry), ...(entry.command.match(/<[^>]+>/g) ?? []).map(() => 'seed-walkthrough')];
        let r = baton([...args, '--no-such-flag=1']);
        // yargs reports a missing required option before an unknown one: supply it and ask again.
        for (let missing = /Missing required arguments?: (\S+)/.exec(r.stderr); missing !== null; missing = /Missing required arguments?: (\S+)/.exec(r.stderr)) {
          args.push(`--${missing[1]!.replace(/,$/, '')}`, 'x');
          r = baton([...args, '--no-such-flag=1']);
        }
        expectRefused(r, 'no-such-flag');
      }
    },
    testTimeoutMs,
  );
});

describe('outputs that cannot be written', () => {
  it.runIf(nobodyReachesProject)(
    'a read-only output folder: exit 2 naming the file, nothing left (checked as an unprivileged user)',
    () => {
      const locked = fresh('ro');
      const out = join(locked, 'run');
      mkdirSync(out);
      chmodSync(out, 0o555);
      chmodSync(locked, 0o555);
      const r = baton(['run', 'seed-walkthrough', '--out', out, '--trace'], { uid: nobody });
      expectRefused(r, out, 'permission denied');
      expect(readdirSync(out)).toEqual([]);
      const created = join(locked, 'new');
      expectRefused(baton(['run', 'seed-walkthrough', '--out', created], { uid: nobody }), created, 'permission denied');
      expect(existsSync(created)).toBe(false);
    },
    testTimeoutMs,
  );

  it.runIf(isRoot)(
    'a full disk: exit 2 naming the file, no partial result files or temporaries left',
    () => {
      const full = fresh('full');
      // A 16 KiB tmpfs, too small for a traced run; skipped where mounting is not allowed.
      if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', full]).status !== 0) return;
      try {
        const out = join(full, 'run');
        const r = baton(['run', 'seed-walkthrough', '--out', out, '--trace']);
        expectRefused(r, out, 'no space left');
        expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
        expect(readdirSync(full)).toEqual([]);
      } finally {
        spawnSync('umount', [full]);
      }
    },
    testTimeoutMs,
  );
});

describe('one sweep per output folder', () => {
  const experiment = () =>
    writeJson('tiny.json', { name: 'tiny', base: 'seed-walkthrough', replications: 1, seed: 1, days: 1, vary: [{ path: 'channels[*].syncIntervalSeconds', values: [300, 600] }], metrics: ['fillRate'] });

  it(
    'a second sweep into a folder locked by a live process refuses; a dead owner\'s lock is taken over and released',
    async () => {
      const file = experiment();
      const out = fresh('sweep');
      writeFileSync(join(out, '.baton.lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
      expectRefused(baton(['sweep', file, '--out', out, '--workers', '1', '--json']), out, 'another sweep', `process ${process.pid}`);
      expect(existsSync(join(out, 'summary.json'))).toBe(false);

      const dead = await deadPid();
      writeFileSync(join(out, '.baton.lock'), JSON.stringify({ pid: dead, host: hostname() }));
      const r = baton(['sweep', file, '--out', out, '--workers', '1', '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(join(out, 'summary.json'))).toBe(true);
      expect(existsSync(join(out, '.baton.lock'))).toBe(false);
    },
    testTimeoutMs,
  );

  it(
    'two sweeps started together into one folder: one refuses with the lock message',
    async () => {
      const file = experiment();
      const out = fresh('race');
      const both = await Promise.all([0, 1].map(() => batonAsync(['sweep', file, '--out', out, '--workers', '1', '--json'])));
      const codes = both.map((r) => r.code).sort();
      // Either they overlapped (one refused) or the first finished before the second started (both ok).
      if (codes[1] === 2) {
        expect(codes).toEqual([0, 2]);
        expectRefused(both.find((r) => r.code === 2)!, out, 'another sweep');
      } else expect(codes).toEqual([0, 0]);
    },
    testTimeoutMs,
  );
});

function batonAsync(args: string[]): Promise<Outcome> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin/baton.js'), ...args], { cwd: root, timeout: spawnTimeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The pid of a process that has exited. */
function deadPid(): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('exit', () => done(child.pid!));
  });
}
