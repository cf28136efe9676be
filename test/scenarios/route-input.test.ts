// What `baton route` reads: pick lists whose bad bins are named once in each message.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../scenarios/errors.js';
import { readPickLists } from '../../scenarios/route-input.js';
import type { RoutingLayout } from '../../models/wms/layout.js';
import { layoutSchema } from '../../scenarios/schema.js';

const parsed = layoutSchema.parse({ aisles: 4, baysPerAisle: 5 });
const layout: RoutingLayout = { ...parsed, depot: { aisle: parsed.depot.aisle } };

function refusal(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'route-input-')), 'picks.ndjson');
  writeFileSync(file, text);
  try {
    readPickLists(file, layout);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message.replace(`${file}:`, 'picks.ndjson:');
  }
  throw new Error('the pick lists were accepted');
}

describe('readPickLists', () => {
  it('names a bin that is not a string, or is out of the layout, once', () => {
    expect(refusal('["A-01-01", 1]\n')).toBe('picks.ndjson:1: at [1]: bin address must be a string, got 1');
    expect(refusal('["Z-01-01"]\n')).toBe('picks.ndjson:1: at [0]: bin "Z-01-01": aisle "Z" is beyond the layout\'s 4 aisles (A..D)');
  });
});
