import { describe, expect, it } from 'vitest';
import { keyNumbers } from '../../../viz/twin/key-numbers.js';
import { smallRun } from '../support/fixtures.js';

describe('keyNumbers', () => {
  it('reads the end of the chosen SKU and formats money and shares', () => {
    const { result, visuals } = smallRun();
    const byId = Object.fromEntries(keyNumbers(result, visuals, '5020').map((n) => [n.id, n.value]));
    expect(byId).toMatchObject({ onhand: '37', shelf: '36', 'erp-quantity': '37', cogs: '$55.00', revenue: '$159.94', oversold: '0', 'fill-rate': '100.00%', 'drift-rate': '50.00%' });
  });

  it('defaults to the first SKU and shows a dash for what is missing', () => {
    const { visuals } = smallRun();
    const numbers = keyNumbers({ metrics: {} }, visuals);
    expect(numbers.find((n) => n.id === 'onhand')).toMatchObject({ value: '84', label: 'on hand, SKU 4471 (WMS record at the end)' });
    expect(numbers.find((n) => n.id === 'cogs')?.value).toBe('–');
  });
});
