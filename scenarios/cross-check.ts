// Checks that need more than one field: names that must exist, be unique or agree.
import type { ScenarioConfig } from '../models/config.js';
import { builtInPolicies, type PolicyRegistries } from '../models/policies.js';
import { builtInPickPolicies, multiBlockPolicies } from '../models/wms/routing/index.js';
import { economicsProblems } from './economics-check.js';
import type { InputProblem } from './errors.js';

/** Built-in pick policies defined for one block only (return and midpoint have no multi-block rule). */
const singleBlockOnly = new Set(builtInPickPolicies.map((p) => p.name).filter((name) => !multiBlockPolicies.includes(name)));
const agentPattern = /^(oms|erp|\*|channel:[^:]+|wms:[^:]+)$/;

/** Every cross-field problem of a scenario (empty when consistent); policy names are looked up in `policies`. */
export function crossCheck(config: ScenarioConfig, policies: PolicyRegistries = builtInPolicies): InputProblem[] {
  const problems: InputProblem[] = [];
  const warehouseNames = config.warehouses.map((w) => w.name);
  const channelNames = config.channels.map((c) => c.name);
  duplicates(warehouseNames).forEach((n) => problems.push({ path: 'warehouses', value: n, message: 'duplicate warehouse name' }));
  duplicates(channelNames).forEach((n) => problems.push({ path: 'channels', value: n, message: 'duplicate channel name' }));
  const skuCodes = config.catalog.items ? new Set(config.catalog.items.map((i) => i.code)) : null;
  if (config.catalog.items) duplicates(config.catalog.items.map((i) => i.code)).forEach((c) => problems.push({ path: 'catalog.items', value: c, message: 'duplicate SKU code' }));
  const knowsSku = (code: string) => (skuCodes ? skuCodes.has(code) : generatedCodeExists(config, code));

  const omsNames = policies.oms.names();
  const pickNames = policies.pick.names();
  if (!omsNames.includes(config.oms.routingPolicy)) {
    problems.push({ path: 'oms.routingPolicy', value: config.oms.routingPolicy, message: `unknown OMS routing policy; known: ${omsNames.join(', ')} (vendor policies load with --policy-file)` });
  }
  config.warehouses.forEach((w, i) => {
    if (!pickNames.includes(w.routingPolicy)) {
      problems.push({ path: `warehouses[${i}].routingPolicy`, value: w.routingPolicy, message: `unknown pick routing policy; known: ${pickNames.join(', ')}` });
    }
    const crossAisles = w.layout.crossAisles ?? 2;
    if (crossAisles > 2 && singleBlockOnly.has(w.routingPolicy)) {
      problems.push({ path: `warehouses[${i}].routingPolicy`, value: w.routingPolicy, message: `works on single-block layouts only, and layout.crossAisles is ${crossAisles}; use "s-shape", "largest-gap", "combined", "combined-plus" or "optimal" (or a vendor policy that handles blocks)` });
    }
    if (w.layout.depot.aisle >= w.layout.aisles) problems.push({ path: `warehouses[${i}].layout.depot.aisle`, value: w.layout.depot.aisle, message: `must be below aisles (${w.layout.aisles})` });
    if (w.workers.shiftStartHour >= w.workers.shiftEndHour) problems.push({ path: `warehouses[${i}].workers.shiftEndHour`, value: w.workers.shiftEndHour, message: 'shift must end after it starts' });
    w.initialStock.items.forEach((item, j) => {
      if (!knowsSku(item.sku)) problems.push({ path: `warehouses[${i}].initialStock.items[${j}].sku`, value: item.sku, message: 'unknown SKU code' });
    });
  });
  config.channels.forEach((c, i) => {
    (c.initialView ?? []).forEach((v, j) => {
      if (!knowsSku(v.sku)) problems.push({ path: `channels[${i}].initialView[${j}].sku`, value: v.sku, message: 'unknown SKU code' });
    });
    if (c.noOmsWarehouse && !warehouseNames.includes(c.noOmsWarehouse)) problems.push({ path: `channels[${i}].noOmsWarehouse`, value: c.noOmsWarehouse, message: `unknown warehouse; known: ${warehouseNames.join(', ')}` });
  });
  const receiving = config.erp.purchasing.receivingWarehouse;
  if (receiving && !warehouseNames.includes(receiving)) problems.push({ path: 'erp.purchasing.receivingWarehouse', value: receiving, message: `unknown warehouse; known: ${warehouseNames.join(', ')}` });
  config.erp.initialCountOverrides.forEach((o, i) => {
    if (!knowsSku(o.sku)) problems.push({ path: `erp.initialCountOverrides[${i}].sku`, value: o.sku, message: 'unknown SKU code' });
  });
  config.scripted.orders.forEach((order, i) => {
    if (!channelNames.includes(order.channel)) problems.push({ path: `scripted.orders[${i}].channel`, value: order.channel, message: `unknown channel; known: ${channelNames.join(', ')}` });
    order.lines.forEach((line, j) => {
      if (!knowsSku(line.sku)) problems.push({ path: `scripted.orders[${i}].lines[${j}].sku`, value: line.sku, message: 'unknown SKU code' });
    });
    if (order.cancelAtSeconds !== undefined && order.cancelAtSeconds < order.atSeconds) {
      problems.push({ path: `scripted.orders[${i}].cancelAtSeconds`, value: order.cancelAtSeconds, message: `a cancellation cannot come before its order (atSeconds ${order.atSeconds})` });
    }
  });
  config.scripted.returns.forEach((ret, i) => {
    if (!channelNames.includes(ret.channel)) problems.push({ path: `scripted.returns[${i}].channel`, value: ret.channel, message: `unknown channel; known: ${channelNames.join(', ')}` });
    if (ret.warehouse !== undefined && !warehouseNames.includes(ret.warehouse)) problems.push({ path: `scripted.returns[${i}].warehouse`, value: ret.warehouse, message: `unknown warehouse; known: ${warehouseNames.join(', ')}` });
    ret.lines.forEach((line, j) => {
      if (!knowsSku(line.sku)) problems.push({ path: `scripted.returns[${i}].lines[${j}].sku`, value: line.sku, message: 'unknown SKU code' });
    });
  });
  config.links.forEach((link, i) => {
    for (const end of ['from', 'to'] as const) {
      const address = link[end];
      const ok = agentPattern.test(address) && addressExists(address, warehouseNames, channelNames);
      if (!ok) problems.push({ path: `links[${i}].${end}`, value: address, message: "expected 'oms', 'erp', 'channel:<name>', 'wms:<name>', 'channel:*', 'wms:*' or '*' naming an existing agent" });
    }
  });
  problems.push(...economicsProblems(config));
  return problems;
}

function addressExists(address: string, warehouses: string[], channels: string[]): boolean {
  const [kind, name] = address.split(':');
  if (name === undefined || name === '*') return true;
  return kind === 'wms' ? warehouses.includes(name) : kind === 'channel' ? channels.includes(name) : false;
}

function generatedCodeExists(config: ScenarioConfig, code: string): boolean {
  const g = config.catalog.generate!;
  if (!code.startsWith(g.codePrefix)) return false;
  const digits = code.slice(g.codePrefix.length);
  const n = Number(digits);
  return /^\d+$/.test(digits) && digits.length === String(g.count).length && n >= 1 && n <= g.count;
}

function duplicates(names: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(names.filter((n) => (seen.has(n) ? true : (seen.add(n), false))))];
}
