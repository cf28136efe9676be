// Record files: what is written comes back exactly, in order (numbers, floats, texts of any kind,
// records bigger than a block), and the writer and reader keep working across many blocks.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { RecordReader, RecordWriter } from '../../../scenarios/import/spill.js';

const folder = mkdtempSync(join(tmpdir(), 'baton-spill-'));

describe('RecordWriter and RecordReader', () => {
  it('give back every record as written, over many blocks', () => {
    const random = seedrandom('spill');
    const texts = ['', 'a', 'SKU-1', 'é€😀', '\ud800 lone', 'x'.repeat(70_000), '"quoted", \r\n'];
    const records = Array.from({ length: 20_000 }, (_, i) => ({
      n: Math.floor(random() * 2 ** 32),
      f: i % 7 === 0 ? -0.1 * i : i % 11 === 0 ? Number.MAX_SAFE_INTEGER : random() * 1e12,
      t: texts[i % texts.length]!,
      lines: Array.from({ length: i % 5 }, (_, k) => k * i),
    }));
    const path = join(folder, 'records.bin');
    const out = new RecordWriter(path);
    for (const r of records) {
      out.u32(r.n);
      out.f64(r.f);
      out.string(r.t);
      out.u32(r.lines.length);
      for (const v of r.lines) out.u32(v);
      out.endRecord();
    }
    out.close();
    const reader = new RecordReader(path);
    const back: typeof records = [];
    while (reader.next()) {
      const n = reader.u32();
      const f = reader.f64();
      const t = reader.string();
      const count = reader.u32();
      back.push({ n, f, t, lines: Array.from({ length: count }, () => reader.u32()) });
    }
    expect(back).toEqual(records);
  });

  it('an empty file has no record', () => {
    const path = join(folder, 'empty.bin');
    new RecordWriter(path).close();
    const reader = new RecordReader(path);
    expect(reader.next()).toBe(false);
    expect(reader.next()).toBe(false);
  });
});
