import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioSchemaText } from '../../scenarios/write-schema.js';

describe('scenario JSON Schema', () => {
  it('the committed scenario.schema.json matches the zod schema (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(scenarioSchemaText());
    const schema = JSON.parse(committed);
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'horizonDays', 'warehouses', 'channels', 'catalog']));
    expect(schema.additionalProperties).toBe(false);
  });
});
