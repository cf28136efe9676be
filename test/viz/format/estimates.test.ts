import { describe, expect, it } from 'vitest';
import { headlineSentence, showKnobValue } from '../../../viz/format/index.js';

const interval = (mean: number, halfWidth: number) => ({ mean, halfWidth, low: mean - halfWidth, high: mean + halfWidth });

describe('headlineSentence', () => {
  it('reads a rare rate as "1 in N", its difference in percentage points, and the sync knob as minutes', () => {
    const sentence = headlineSentence({
      knob: 'channels[*].syncIntervalSeconds', from: 300, to: 1_800, given: { ownership: 'no-oms' }, metric: 'oversellRate',
      horizonDays: 14, meanA: 1 / 12_000, meanB: 1 / 1_000, difference: interval(1 / 1_000 - 1 / 12_000, 0.0004),
    });
    // 1/1000 - 1/12000 = 0.000917 = 0.0917 pp; 0.0004 = 0.0400 pp.
    expect(sentence).toBe('With ownership no-oms, changing channels[*].syncIntervalSeconds from 5 min to 30 min raises oversellRate from 1 in 12,000 to 1 in 1,000 (+0.0917 pp ± 0.0400 pp, 95% CI).');
  });

  it('gives a cost over the horizon, and a value held (drift) without one', () => {
    const base = { knob: 'ownership', from: 'clean', to: 'erp-own-count', given: {}, horizonDays: 14 };
    expect(headlineSentence({ ...base, metric: 'oversellCost', meanA: 4_686, meanB: 65_876, difference: interval(61_190, 27_740) }))
      .toBe('Changing ownership from clean to erp-own-count raises oversellCost from $46.86 to $658.76 (+$611.90 ± $277.40, 95% CI) over 14 days.');
    expect(headlineSentence({ ...base, metric: 'driftValue', meanA: 5_592, meanB: 18_564_300, difference: interval(18_558_708, 2_006_600) }))
      .toBe('Changing ownership from clean to erp-own-count raises driftValue from $55.92 to $185,643 (+$185,587 ± $20,066, 95% CI).');
  });

  it('shows knob values as a planner reads them', () => {
    expect(showKnobValue('oms.syncIntervalSeconds', 5_400)).toBe('1 h 30 min');
    expect(showKnobValue('oms.routingPolicy', 'nearest')).toBe('nearest');
    expect(showKnobValue('oms.allowSplit', false)).toBe('false');
  });
});
