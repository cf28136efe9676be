import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../scenarios/errors.js';
import { readReportInput } from '../../../viz/report/read-input.js';
import { fixturePath, smallRun, sweepSummary } from '../support/fixtures.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'baton-report-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, value: unknown): string {
  const path = join(folder, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

function problemOf(fn: () => unknown): { file?: string; path: string; message: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems[0]!;
  }
  throw new Error('expected an InputError');
}

describe('readReportInput', () => {
  it('reads a run folder: result.json and visuals.json', () => {
    const { result, visuals } = smallRun();
    write('run/result.json', result);
    write('run/visuals.json', visuals);
    const input = readReportInput(join(folder, 'run'));
    expect(input.kind).toBe('run');
    if (input.kind !== 'run') return;
    expect(input.result.hash).toBe('3f9a0c1d2b4e5a67');
    expect(input.visuals?.skuSeries.map((s) => s.sku)).toEqual(['4471', '5020']);
  });

  it('reads a run folder without visuals.json as a run without charts', () => {
    write('run/result.json', smallRun().result);
    const input = readReportInput(join(folder, 'run'));
    expect(input.kind === 'run' && input.visuals).toBe(null);
  });

  it('reads result.json given as a file together with its visuals.json', () => {
    const { result, visuals } = smallRun();
    const file = write('run/result.json', result);
    write('run/visuals.json', visuals);
    const input = readReportInput(file);
    expect(input.kind === 'run' && input.visuals !== null).toBe(true);
  });

  it('reads a sweep folder by its summary.json', () => {
    write('sweep/summary.json', sweepSummary());
    const input = readReportInput(join(folder, 'sweep'));
    expect(input.kind).toBe('sweep');
  });

  it('reads a { result, visuals } bundle file', () => {
    const input = readReportInput(fixturePath('visuals-small.json'));
    expect(input.kind === 'run' && input.visuals?.floors[0]?.warehouse).toBe('east');
  });

  it('names a path that does not exist', () => {
    const missing = join(folder, 'nope');
    expect(problemOf(() => readReportInput(missing))).toMatchObject({ file: missing, message: 'no such file or folder' });
  });

  it('names a folder that holds neither a run nor a sweep', () => {
    expect(problemOf(() => readReportInput(folder)).message).toContain('neither result.json (a run) nor summary.json (a sweep)');
    expect(problemOf(() => readReportInput(folder)).message).not.toContain('--resume');
  });

  it('says how to finish a sweep folder that has runs but no summary yet', () => {
    const stopped = join(folder, 'stopped-sweep');
    mkdirSync(join(stopped, 'runs'), { recursive: true });
    mkdirSync(join(stopped, 'points'), { recursive: true });
    expect(problemOf(() => readReportInput(stopped)).message).toMatch(/a sweep that did not finish .*rerun the sweep with --resume and the same --out/);
  });

  it('names the file and field of damaged visuals', () => {
    const { result, visuals } = smallRun();
    write('run/result.json', result);
    const file = write('run/visuals.json', { ...visuals, times: 'hourly' });
    expect(problemOf(() => readReportInput(join(folder, 'run')))).toMatchObject({ file, path: 'times' });
  });

  it('rejects visuals that belong to another run', () => {
    const { result, visuals } = smallRun();
    write('run/result.json', result);
    const file = write('run/visuals.json', { ...visuals, seed: 8 });
    expect(problemOf(() => readReportInput(join(folder, 'run')))).toMatchObject({ file, path: 'scenario' });
  });

  it('names the field path inside a bundle', () => {
    const { result, visuals } = smallRun();
    const file = write('bundle.json', { result: { ...result, seed: -1 }, visuals });
    expect(problemOf(() => readReportInput(file))).toMatchObject({ file, path: 'result.seed' });
  });

  it('rejects a JSON file that is neither kind, and text that is not JSON', () => {
    expect(problemOf(() => readReportInput(write('other.json', { name: 'x' }))).message).toContain('neither a run result');
    expect(problemOf(() => readReportInput(write('broken.json', '{"scenario": '))).message).toContain('not valid JSON');
  });
});
