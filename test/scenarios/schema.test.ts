import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioSchemaText } from '../../scenarios/write-schema.js';
import { validateScenario } from '../../scenarios/validate.js';

describe('scenario JSON Schema', () => {
  it('the committed scenario.schema.json matches the zod schema (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(scenarioSchemaText());
    const schema = JSON.parse(committed);
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'horizonDays', 'warehouses', 'channels', 'catalog']));
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('SKU codes', () => {
  const withCode = (code: string) => ({ name: 'a', horizonDays: 1, catalog: { items: [{ code, costCents: 1, priceCents: 2 }] }, warehouses: [{ name: 'w' }], channels: [{ name: 'c' }] });
  const refusal = (code: string) => {
    try {
      validateScenario(withCode(code), 's.json');
    } catch (error) {
      return (error as Error).message.split('\n')[0]!.replace(/ \(got .*$/, '');
    }
    return 'accepted';
  };

  it('take up to 255 characters counted as code points (an emoji once), and refuse longer ones', () => {
    // 200 letters and 55 emoji: 255 code points, 310 UTF-16 units
    expect(refusal('A'.repeat(200) + '\u{1F4E6}'.repeat(55))).toBe('accepted');
    expect(refusal('A'.repeat(255))).toBe('accepted');
    expect(refusal('A'.repeat(256))).toBe('s.json: at catalog.items[0].code: must be at most 255 characters');
    expect(refusal('A'.repeat(5000))).toBe('s.json: at catalog.items[0].code: must be at most 255 characters');
    expect(JSON.parse(scenarioSchemaText()).properties.catalog.properties.items.items.properties.code.maxLength).toBe(255);
  });
});
