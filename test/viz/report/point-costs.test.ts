import { describe, expect, it } from 'vitest';
import { InputError } from '../../../scenarios/errors.js';
import { pointCostsFromRuns } from '../../../viz/report/point-costs.js';

const summary = {
  experiment: { name: 'x' },
  hash: 'h',
  points: [
    { index: 0, parameters: { ownership: 'clean' }, metrics: {} },
    { index: 1, parameters: { ownership: 'no-oms' }, metrics: {} },
  ],
};
const header = 'point,replication,seed,ownership,shippingCost,labourCost,holdingCost,purchasingCost,oversellCost,stockoutCost,totalCost';

describe('pointCostsFromRuns', () => {
  it('averages each cost part over a point\'s runs', () => {
    const csv = [header, '0,0,1,clean,100,10,1,0,0,5,116', '0,1,2,clean,300,30,3,0,2,7,342', '1,0,1,no-oms,50,10,0,0,40,90,190', '1,1,2,no-oms,70,10,0,0,60,110,250'].join('\n');
    const costs = pointCostsFromRuns(csv, summary, 'runs.csv')!;
    expect(costs.map((c) => c.label)).toEqual(['#0 ownership=clean', '#1 ownership=no-oms']);
    expect(costs[0]!.cents).toEqual({ shippingCost: 200, labourCost: 20, holdingCost: 2, purchasingCost: 0, oversellCost: 1, stockoutCost: 6 });
    expect(costs[1]!.cents).toEqual({ shippingCost: 60, labourCost: 10, holdingCost: 0, purchasingCost: 0, oversellCost: 50, stockoutCost: 100 });
  });

  it('returns null for a runs table without the cost columns (a sweep from before they existed)', () => {
    expect(pointCostsFromRuns('point,replication,seed,oversellRate\n0,0,1,0.1\n', summary, 'runs.csv')).toBeNull();
  });

  it('names the file, line and column of a value that is not a number', () => {
    const csv = [header, '0,0,1,clean,100,10,1,0,0,5,116', '0,1,2,clean,lots,30,3,0,2,7,342'].join('\n');
    expect(() => pointCostsFromRuns(csv, summary, 'runs.csv')).toThrow(InputError);
    try {
      pointCostsFromRuns(csv, summary, 'runs.csv');
    } catch (error) {
      expect((error as InputError).problems[0]).toMatchObject({ file: 'runs.csv:3', path: 'shippingCost', value: 'lots' });
    }
  });
});
