// The engine fingerprint that keeps different Baton builds' runs apart on a shared queue: equal
// checkouts agree (whatever their line ends), any change to the engine's sources or locked
// dependencies changes it, and files the runs do not come from do not.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineOfWorkerClient, fingerprintOf, queueNameFor } from '../../../../scenarios/experiment/queue/engine.js';

function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'baton-engine-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const base = {
  'sim/clock.ts': 'export const a = 1;\nexport const b = 2;\n',
  'models/oms/oms.ts': 'export class Oms {}\n',
  'scenarios/builtin/small.json': '{ "days": 2 }\n',
  'package-lock.json': '{ "lockfileVersion": 3 }\n',
  'README.md': '# readme\n',
};

describe('engine fingerprint', () => {
  it('is equal for equal checkouts, also with Windows line ends', () => {
    const a = fingerprintOf(checkout(base));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintOf(checkout(base))).toBe(a);
    const crlf = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, v.replace(/\n/g, '\r\n')]));
    expect(fingerprintOf(checkout(crlf))).toBe(a);
  });

  it('changes with any engine source or the locked dependencies, not with other files', () => {
    const a = fingerprintOf(checkout(base));
    expect(fingerprintOf(checkout({ ...base, 'sim/clock.ts': 'export const a = 1;\nexport const b = 3;\n' }))).not.toBe(a);
    expect(fingerprintOf(checkout({ ...base, 'models/oms/extra.ts': 'export {};\n' }))).not.toBe(a);
    expect(fingerprintOf(checkout({ ...base, 'scenarios/builtin/small.json': '{ "days": 3 }\n' }))).not.toBe(a);
    expect(fingerprintOf(checkout({ ...base, 'package-lock.json': '{ "lockfileVersion": 2 }\n' }))).not.toBe(a);
    expect(fingerprintOf(checkout({ ...base, 'README.md': '# changed\n', 'docs/x.md': 'x\n' }))).toBe(a);
  });

  it('a file moved to another folder is another engine', () => {
    const { 'sim/clock.ts': clock, ...rest } = base;
    expect(fingerprintOf(checkout({ ...rest, 'models/clock.ts': clock }))).not.toBe(fingerprintOf(checkout(base)));
  });

  it('reads the engine of a worker from its BullMQ client name', () => {
    const name = `bull:${Buffer.from(queueNameFor('0123456789abcdef')).toString('base64')}`;
    expect(engineOfWorkerClient(name)).toBe('0123456789abcdef');
    expect(engineOfWorkerClient(`${name}:w:host-1`)).toBe('0123456789abcdef');
    expect(engineOfWorkerClient(`${name}:qe`)).toBeNull(); // a queue-events client, not a worker
    expect(engineOfWorkerClient(`bull:${Buffer.from('someone-else').toString('base64')}`)).toBeNull();
    expect(engineOfWorkerClient('redis-cli')).toBeNull();
  });
});
