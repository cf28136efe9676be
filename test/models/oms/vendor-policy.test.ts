import { describe, expect, it } from 'vitest';
import { defaultChannel, defaultOms, defaultWarehouse } from '../../../models/defaults.js';
import { Oms, type RoutingRequest } from '../../../models/oms/index.js';
import { createPolicyRegistries } from '../../../models/policies.js';
import { farthestFirst } from './vendor-policy.js';
import { FakeWms, makeContext, makeOrder, placeOrder, smallCatalog, uniformRecord } from './support.js';

describe('a vendor routing policy', () => {
  it('is used by the OMS by name when the run\'s registries hold it', () => {
    const { ctx } = makeContext({
      catalog: smallCatalog(2),
      warehouses: [defaultWarehouse('near', { position: { x: 0, y: 0 } }), defaultWarehouse('far', { position: { x: 50, y: 0 } })],
      channels: [defaultChannel('amazon', { position: { x: 1, y: 0 } })],
      oms: { ...defaultOms, routingPolicy: 'vendor-farthest-first' },
    }, { policies: createPolicyRegistries({ oms: [farthestFirst] }) });
    const oms = new Oms(ctx, uniformRecord(2, 2, 10));
    const wms = [new FakeWms(ctx, 'near'), new FakeWms(ctx, 'far')];
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 3]]));
    ctx.sim.run({ until: 1 });
    expect(oms.policy.name).toBe('vendor-farthest-first');
    expect(wms.map((w) => w.received.length)).toEqual([0, 1]);
    expect([oms.reserved(0, 0), oms.reserved(1, 0)]).toEqual([0, 3]);
  });

  it('gets a request of its own per order (the OMS reuses its routing memory only for routeInto policies)', () => {
    const { ctx } = makeContext({
      catalog: smallCatalog(2),
      warehouses: [defaultWarehouse('near', { position: { x: 0, y: 0 } })],
      channels: [defaultChannel('amazon', { position: { x: 1, y: 0 } })],
    });
    const seen: RoutingRequest[] = [];
    const keeper = { name: 'test-keeper', route: (r: RoutingRequest) => (seen.push(r), { units: [r.lines.map((line) => line.qty)] }) };
    new Oms(ctx, uniformRecord(1, 2, 10), { policy: keeper });
    new FakeWms(ctx, 'near');
    placeOrder(ctx, makeOrder(ctx, 0, 1, [[0, 3]]));
    placeOrder(ctx, makeOrder(ctx, 0, 2, [[1, 1], [0, 2]]));
    ctx.sim.run({ until: 1 });
    expect(seen.map((r) => ({ skus: r.lines.map((l) => l.sku), available: r.available }))).toEqual([
      { skus: [0], available: [[10]] },
      { skus: [1, 0], available: [[10, 7]] },
    ]);
  });

  it('is refused with the valid names when the run\'s registries do not hold it', () => {
    const { ctx } = makeContext({ oms: { ...defaultOms, routingPolicy: 'vendor-missing' } });
    expect(() => new Oms(ctx, [new Int32Array(ctx.catalog.size)])).toThrow(/unknown OMS routing policy "vendor-missing"; valid names: nearest/);
  });

  it('is not visible to another run: registries belong to the run that was given them', () => {
    const overrides = { oms: { ...defaultOms, routingPolicy: 'vendor-farthest-first' } };
    const withPolicy = makeContext(overrides, { policies: createPolicyRegistries({ oms: [farthestFirst] }) });
    expect(new Oms(withPolicy.ctx, [new Int32Array(withPolicy.ctx.catalog.size)]).policy).toBe(farthestFirst);
    const { ctx } = makeContext(overrides);
    expect(() => new Oms(ctx, [new Int32Array(ctx.catalog.size)])).toThrow(/unknown OMS routing policy "vendor-farthest-first"/);
  });
});
