// Guards the OMS against a policy's bad answer: shapes, integers, bounds. A vendor policy that
// over-allocates would otherwise create stock out of nothing.
import type { Allocation, RoutingRequest } from './types.js';

/** Throws a RangeError naming the policy and the bad value unless the allocation fits the request; returns units allocated. */
export function checkAllocation(policyName: string, request: RoutingRequest, allocation: Allocation): number {
  const units = allocation?.units;
  const warehouseCount = request.warehouses.length;
  const lineCount = request.lines.length;
  if (!Array.isArray(units) || units.length !== warehouseCount) {
    throw new RangeError(`OMS routing policy "${policyName}": units must be an array of ${warehouseCount} rows (one per location), got ${Array.isArray(units) ? units.length : typeof units}`);
  }
  let total = 0;
  for (let l = 0; l < lineCount; l++) {
    let lineUnits = 0;
    for (let w = 0; w < warehouseCount; w++) {
      const row = units[w];
      if (!Array.isArray(row) || row.length !== lineCount) {
        throw new RangeError(`OMS routing policy "${policyName}": units[${w}] must have ${lineCount} entries (one per line)`);
      }
      const u = row[l];
      if (!Number.isInteger(u) || u! < 0 || u! > request.available[w]![l]!) {
        throw new RangeError(`OMS routing policy "${policyName}": units[${w}][${l}] = ${typeof u === 'number' ? u : typeof u === 'bigint' ? `${u}n` : JSON.stringify(u) ?? String(u)} must be an integer in [0, ${request.available[w]![l]}]`);
      }
      lineUnits += u!;
    }
    if (lineUnits > request.lines[l]!.qty) {
      throw new RangeError(`OMS routing policy "${policyName}": line ${l} gets ${lineUnits} units, more than the ${request.lines[l]!.qty} ordered`);
    }
    total += lineUnits;
  }
  return total;
}
