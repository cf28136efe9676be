#!/usr/bin/env node
// `npm run mutate`: applies one small, meaningful bug at a time to a scratch copy of the working tree
// (node_modules symlinked), runs only the tests that should notice it, and prints which mutations the
// tests catch. Exit code 1 when any mutation survives or no longer applies (its code moved).
// Usage: npm run mutate [-- ID...]   (default: every mutation)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Each mutation: the file, the exact text replaced (it must occur once), the replacement and the tests to run. */
const mutations = [
  {
    id: 'ats-publish-late',
    what: 'every OMS -> channel delta publish after the first is 1 s late',
    file: 'models/oms/ats-publisher.ts',
    find: 'this.publish(c, false);\n        sim.schedule(every, tick);',
    replace: 'this.publish(c, false);\n        sim.schedule(every + 1, tick);',
    tests: ['test/models/sync-schedule.test.ts', 'test/models/oms', 'test/models/channels'],
  },
  {
    id: 'no-oms-feed-shifted',
    what: 'the no-OMS warehouse feed runs every interval + 1 s after its first tick',
    file: 'models/wms/local-allocation.ts',
    find: 'this.publish(state);\n        this.ctx.sim.schedule(interval, publish);',
    replace: 'this.publish(state);\n        this.ctx.sim.schedule(interval + 1, publish);',
    tests: ['test/models/sync-schedule.test.ts', 'test/models/wms', 'test/models/channels'],
  },
  {
    id: 'full-sync-shifted',
    what: 'the OMS full snapshots after the first are 1 s late',
    file: 'models/oms/ats-publisher.ts',
    find: 'for (let c = 0; c < this.feeds.length; c++) this.publish(c, true);\n        sim.schedule(full, fullTick);',
    replace: 'for (let c = 0; c < this.feeds.length; c++) this.publish(c, true);\n        sim.schedule(full + 1, fullTick);',
    tests: ['test/models/sync-schedule.test.ts', 'test/models/oms', 'test/pins'],
  },
  {
    id: 'unkeyed-ar-dropped',
    what: 'the unkeyed shipment path posts no AR/revenue',
    file: 'models/erp/books.ts',
    find: '    if (revenueCents !== 0) rows.debit(account.accountsReceivable, revenueCents).credit(account.revenue, revenueCents);\n',
    replace: '',
    tests: ['test/models/erp/agent', 'test/models/pipeline-revenue.test.ts'],
  },
  {
    id: 'keyed-line-skipped',
    what: 'the keyed shipment path posts only the first line of each shipment',
    file: 'models/erp/erp-agent.ts',
    find: 'if (line.qtyShipped <= 0) continue;',
    replace: 'if (line.qtyShipped <= 0 || index > 0) continue;',
    tests: ['test/models/erp', 'test/models/pipeline-revenue.test.ts', 'test/pins'],
  },
  {
    id: 'oms-routing-tie',
    what: 'OMS routing breaks equal keys (distance, stock, rank, cost) by the later location',
    file: 'models/oms/routing/fill.ts',
    find: 'while (i > 0 && keys[order[i - 1]!]! > k)',
    replace: 'while (i > 0 && keys[order[i - 1]!]! >= k)',
    tests: ['test/models/oms/routing'],
  },
  {
    id: 'pick-sweep-tie',
    what: 'pick-path sweeps start from the right end when both ends are equally near the depot',
    file: 'models/wms/routing/aisles.ts',
    find: 'const fromLeft = Math.abs(depotAisle - left) <= Math.abs(right - depotAisle);',
    replace: 'const fromLeft = Math.abs(depotAisle - left) < Math.abs(right - depotAisle);',
    tests: ['test/models/wms/routing'],
  },
  {
    id: 'fifo-takes-newest',
    what: 'FIFO valuation issues from the newest layer with stock',
    file: 'models/erp/valuation/fifo.ts',
    find: 'const layer = held.layers[held.head]!;',
    replace: 'const layer = held.layers.findLast((l) => l.qty > 0)!;',
    tests: ['test/models/erp/valuation'],
  },
  {
    id: 'shipped-unit-dropped',
    what: 'a parcel line of several units physically ships one unit less',
    file: 'models/wms/outbound.ts',
    find: 'inv.shipTruth(f.physicalSkus === null ? lines[i]!.sku : f.physicalSkus[i]!, qty);',
    replace: 'inv.shipTruth(f.physicalSkus === null ? lines[i]!.sku : f.physicalSkus[i]!, qty > 1 ? qty - 1 : qty);',
    tests: ['test/models/wms', 'test/scenarios/builtin.test.ts', 'test/pins'],
  },
];

const selected = process.argv.slice(2);
const chosen = selected.length === 0 ? mutations : mutations.filter((m) => selected.includes(m.id));
if (chosen.length === 0) {
  console.error(`no mutation named ${selected.join(', ')}; known: ${mutations.map((m) => m.id).join(', ')}`);
  process.exit(2);
}

// The scratch copy: every tracked or new (not ignored) file of the working tree, and node_modules as a link.
const scratch = mkdtempSync(join(tmpdir(), 'baton-mutate-'));
const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
for (const file of listed.stdout.split('\0').filter(Boolean)) {
  mkdirSync(dirname(join(scratch, file)), { recursive: true });
  try {
    cpSync(join(root, file), join(scratch, file));
  } catch {
    // A file deleted in the working tree but still tracked: leave it out.
  }
}
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));

const rows = [];
try {
  for (const m of chosen) {
    const path = join(scratch, m.file);
    const original = readFileSync(path, 'utf8');
    const occurrences = original.split(m.find).length - 1;
    if (occurrences !== 1) {
      rows.push({ ...m, outcome: `NOT APPLIED (text found ${occurrences} times)` });
      continue;
    }
    writeFileSync(path, original.replace(m.find, m.replace));
    process.stderr.write(`${m.id}: running ${m.tests.join(' ')}\n`);
    const run = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...m.tests], { cwd: scratch, encoding: 'utf8', env: { ...process.env, CI: '1' } });
    writeFileSync(path, original);
    const failed = /Tests\s+.*?(\d+) failed/.exec(run.stdout.replace(/\u001b\[[0-9;]*m/g, ''));
    rows.push({ ...m, outcome: run.status === 0 ? 'SURVIVED' : `caught (${failed ? `${failed[1]} failing tests` : `exit ${run.status}`})` });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.id.length));
console.log(`${'mutation'.padEnd(width)}  outcome                         what`);
for (const r of rows) console.log(`${r.id.padEnd(width)}  ${r.outcome.padEnd(30)}  ${r.what}`);
const bad = rows.filter((r) => !r.outcome.startsWith('caught'));
console.log(bad.length === 0 ? `all ${rows.length} mutations caught` : `${bad.length} of ${rows.length} not caught`);
process.exit(bad.length === 0 ? 0 : 1);
