// Reading user JSON: duplicate keys anywhere are errors naming key and path; sibling objects may
// repeat keys; non-regular files are refused from their type, never read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../scenarios/errors.js';
import { parseJsonText, readJsonFile } from '../../scenarios/json-input.js';

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('parseJsonText', () => {
  it('accepts the same key in sibling and nested objects', () => {
    expect(problems(() => parseJsonText('{"a":{"x":1},"b":{"x":2},"c":[{"x":1},{"x":2}],"x":{"x":{"x":3}}}', 'f.json'))).toEqual([]);
  });

  it('names every duplicate key with its path, at any depth and inside arrays', () => {
    const found = problems(() => parseJsonText('{"a":1,"b":{"c":[{"d":1},{"d":2,"d":3}]},"a":2}', 'f.json'));
    expect(found).toEqual(['b.c[1].d: the key "d" is given twice in one object (JSON keeps only the last)', 'a: the key "a" is given twice in one object (JSON keeps only the last)']);
  });

  it('treats keys that differ only by escapes as the same key', () => {
    expect(problems(() => parseJsonText('{"ab":1,"a\\u0062":2}', 'f.json'))).toHaveLength(1);
  });

  it('still refuses prototype keys and syntax errors', () => {
    expect(problems(() => parseJsonText('{"__proto__":{}}', 'f.json'))[0]).toContain('__proto__');
    expect(problems(() => parseJsonText('{"a":1,}', 'f.json'))[0]).toContain('not valid JSON');
  });
});

describe('readJsonFile', () => {
  it('refuses a directory, a device and a FIFO by type, without blocking', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-json-'));
    const fifo = join(dir, 'pipe');
    spawnSync('mkfifo', [fifo]);
    expect(problems(() => readJsonFile(dir))[0]).toContain('directory');
    expect(problems(() => readJsonFile('/dev/zero'))[0]).toContain('character device');
    expect(problems(() => readJsonFile(fifo))[0]).toContain('named pipe');
    expect(problems(() => readJsonFile(join(dir, 'nope.json')))[0]).toContain('no such file');
    writeFileSync(join(dir, 'ok.json'), '{"a":[1,2]}');
    expect(readJsonFile(join(dir, 'ok.json'))).toEqual({ a: [1, 2] });
  });

  it('skips a leading UTF-8 byte order mark (a Windows editor\'s), and still checks the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-json-'));
    writeFileSync(join(dir, 'bom.json'), '\uFEFF{"a":[1,2]}');
    expect(readJsonFile(join(dir, 'bom.json'))).toEqual({ a: [1, 2] });
    writeFileSync(join(dir, 'bom-twice.json'), '\uFEFF{"a":1,"a":2}');
    expect(problems(() => readJsonFile(join(dir, 'bom-twice.json')))).toEqual(['a: the key "a" is given twice in one object (JSON keeps only the last)']);
    writeFileSync(join(dir, 'two-boms.json'), '\uFEFF\uFEFF{}');
    expect(problems(() => readJsonFile(join(dir, 'two-boms.json')))[0]).toContain('not valid JSON');
  });
});
