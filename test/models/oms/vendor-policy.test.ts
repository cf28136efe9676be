import { describe, expect, it } from 'vitest';
import { defaultChannel, defaultOms, defaultWarehouse } from '../../../models/defaults.js';
import { Oms } from '../../../models/oms/index.js';
import './vendor-policy.js';
import { FakeWms, makeContext, makeOrder, placeOrder, smallCatalog, uniformRecord } from './support.js';

describe('a vendor routing policy', () => {
  it('is used by the OMS by name once its own file has registered it', () => {
    const { ctx } = makeContext({
      catalog: smallCatalog(2),
      warehouses: [defaultWarehouse('near', { position: { x: 0, y: 0 } }), defaultWarehouse('far', { position: { x: 50, y: 0 } })],
      channels: [defaultChannel('amazon', { position: { x: 1, y: 0 } })],
      oms: { ...defaultOms, routingPolicy: 'vendor-farthest-first' },
    });
    const oms = new Oms(ctx, uniformRecord(2, 2, 10));
    const wms = [new FakeWms(ctx, 'near'), new FakeWms(ctx, 'far')];
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 3]]));
    ctx.sim.run({ until: 1 });
    expect(oms.policy.name).toBe('vendor-farthest-first');
    expect(wms.map((w) => w.received.length)).toEqual([0, 1]);
    expect([oms.reserved(0, 0), oms.reserved(1, 0)]).toEqual([0, 3]);
  });

  it('is refused with the valid names when never registered', () => {
    const { ctx } = makeContext({ oms: { ...defaultOms, routingPolicy: 'vendor-missing' } });
    expect(() => new Oms(ctx, [new Int32Array(ctx.catalog.size)])).toThrow(/unknown OMS routing policy "vendor-missing"; valid names: nearest/);
  });
});
