import { describe, expect, it } from 'vitest';
import { parsePath, PathError, setAtPath } from '../../../scenarios/experiment/path.js';
import { scenarioSchema } from '../../../scenarios/schema.js';

const doc = () => ({
  name: 'x',
  ownership: 'clean',
  channels: [
    { name: 'amazon', syncIntervalSeconds: 300 },
    { name: 'shopify', syncIntervalSeconds: 900 },
  ],
  oms: { routingPolicy: 'nearest' },
});

describe('parsePath', () => {
  it('reads keys, indexes and [*] into steps', () => {
    expect(parsePath('channels[*].demand.ordersPerDay')).toEqual([
      { kind: 'key', key: 'channels' },
      { kind: 'all' },
      { kind: 'key', key: 'demand' },
      { kind: 'key', key: 'ordersPerDay' },
    ]);
    expect(parsePath('warehouses[1].layout')).toEqual([{ kind: 'key', key: 'warehouses' }, { kind: 'index', index: 1 }, { kind: 'key', key: 'layout' }]);
  });

  it.each(['', '.a', '[0]', 'a..b', 'a[', 'a[-1]', 'a[x]', 'a b', '__proto__.x', 'a.constructor'])('rejects %j', (text) => {
    expect(() => parsePath(text)).toThrow(PathError);
  });
});

describe('setAtPath', () => {
  it('sets every element through [*] and reports how many places it set', () => {
    const d = doc();
    expect(setAtPath(d, parsePath('channels[*].syncIntervalSeconds'), 60, scenarioSchema)).toBe(2);
    expect(d.channels.map((c) => c.syncIntervalSeconds)).toEqual([60, 60]);
  });

  it('sets one element by index and leaves the others alone', () => {
    const d = doc();
    setAtPath(d, parsePath('channels[1].syncIntervalSeconds'), 5, scenarioSchema);
    expect(d.channels.map((c) => c.syncIntervalSeconds)).toEqual([300, 5]);
  });

  it('gives each place its own copy of an object value', () => {
    const d = doc() as { channels: Array<Record<string, unknown>> };
    setAtPath(d, parsePath('channels[*].position'), { x: 1, y: 2 }, scenarioSchema);
    expect(d.channels[0]!.position).toEqual({ x: 1, y: 2 });
    expect(d.channels[0]!.position).not.toBe(d.channels[1]!.position);
  });

  it('creates a field the format has but the document leaves to its default, and missing objects on the way', () => {
    const d = doc() as Record<string, any>;
    setAtPath(d, parsePath('oms.safetyStockUnits'), 3, scenarioSchema);
    setAtPath(d, parsePath('faults.misPickProbability'), 0.01, scenarioSchema);
    expect(d.oms).toEqual({ routingPolicy: 'nearest', safetyStockUnits: 3 });
    expect(d.faults).toEqual({ misPickProbability: 0.01 });
  });

  it('rejects a field the scenario format does not have, naming it and where', () => {
    expect(() => setAtPath(doc(), parsePath('channels[*].syncIntervalSecond'), 1, scenarioSchema)).toThrow(/no field "syncIntervalSecond" at channels\[\*\]/);
    expect(() => setAtPath(doc(), parsePath('omz'), 1, scenarioSchema)).toThrow(/no field "omz" at the top level/);
  });

  it('rejects an index past the end of the list, giving its length', () => {
    expect(() => setAtPath(doc(), parsePath('channels[2].syncIntervalSeconds'), 1, scenarioSchema)).toThrow(/channels\[2\] does not exist \(the list has 2 elements\)/);
  });

  it('rejects indexing something that is not a list, and a list the document lacks', () => {
    expect(() => setAtPath(doc(), parsePath('oms[0]'), 1, scenarioSchema)).toThrow(PathError);
    expect(() => setAtPath(doc(), parsePath('warehouses[*].rank'), 1, scenarioSchema)).toThrow(/warehouses is not in the base scenario/);
  });

  it('rejects [*] on an empty list, which would vary nothing', () => {
    expect(() => setAtPath({ channels: [] }, parsePath('channels[*].name'), 'x', scenarioSchema)).toThrow(/empty list/);
  });

  it('without a schema, accepts only what the document has', () => {
    const d = { a: { b: 1 } };
    setAtPath(d, parsePath('a.b'), 2, null);
    expect(d).toEqual({ a: { b: 2 } });
    expect(() => setAtPath(d, parsePath('a.c'), 2, null)).toThrow(/a\.c is not in the base scenario/);
  });
});
