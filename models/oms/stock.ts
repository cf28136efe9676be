// What the OMS knows about stock: per location and SKU, the WMS record as last reported, the units
// reserved for open fulfilments, and the ATS derived from them. Typed arrays by catalogue index.
//
// Invariant: 0 <= reserved <= max(0, record) at every location. A record decrease can leave open
// fulfilment lines holding more units than the record (a cycle count or short pick found less). Those
// excess units are moved out of `reserved` into `unbacked` and counted short (`unitsReservedShort`):
// the fulfilment stays with its warehouse, which will short-pick whatever the shelf lacks. When the
// record rises again, unbacked units are re-backed (reserved) before any stock becomes free.
// So at each location and SKU: units on open fulfilment lines = reserved + unbacked.

/** Record, reservations and ATS per location and SKU. */
export class OmsStockBook {
  readonly warehouseCount: number;
  readonly skuCount: number;
  /** Units moved from reserved to unbacked by record decreases, cumulative. */
  unitsReservedShort = 0;
  private readonly records: Int32Array[];
  private readonly reservations: Int32Array[];
  private readonly unbackedUnits: Int32Array[];

  constructor(
    initialRecord: readonly Int32Array[],
    private readonly safetyStockUnits: number,
  ) {
    if (initialRecord.length === 0) throw new RangeError('OmsStockBook: need at least one warehouse record, got 0');
    if (!(Number.isInteger(safetyStockUnits) && safetyStockUnits >= 0)) {
      throw new RangeError(`OmsStockBook: safetyStockUnits must be a non-negative integer, got ${safetyStockUnits}`);
    }
    this.warehouseCount = initialRecord.length;
    this.skuCount = initialRecord[0]!.length;
    initialRecord.forEach((record, w) => {
      if (record.length !== this.skuCount) {
        throw new RangeError(`OmsStockBook: warehouse ${w} record has ${record.length} SKUs, expected ${this.skuCount}`);
      }
      const negative = record.findIndex((units) => units < 0);
      if (negative >= 0) throw new RangeError(`OmsStockBook: warehouse ${w} SKU ${negative} starts at ${record[negative]} units (must be >= 0)`);
    });
    this.records = initialRecord.map((record) => Int32Array.from(record));
    this.reservations = initialRecord.map(() => new Int32Array(this.skuCount));
    this.unbackedUnits = initialRecord.map(() => new Int32Array(this.skuCount));
  }

  /** The WMS record of location w as the OMS last heard it. */
  record(w: number, sku: number): number {
    return this.records[w]![sku]!;
  }

  /** Units reserved at location w (never above the record). */
  reserved(w: number, sku: number): number {
    return this.reservations[w]![sku]!;
  }

  /** Units of open fulfilment lines at location w that the record no longer backs. */
  unbacked(w: number, sku: number): number {
    return this.unbackedUnits[w]![sku]!;
  }

  /** Units location w can still promise: max(0, record - reserved). */
  free(w: number, sku: number): number {
    const free = this.records[w]![sku]! - this.reservations[w]![sku]!;
    return free > 0 ? free : 0;
  }

  /** Available to sell: sum over locations of free units, minus safety stock, never negative. */
  ats(sku: number): number {
    let total = -this.safetyStockUnits;
    for (let w = 0; w < this.warehouseCount; w++) total += this.free(w, sku);
    return total > 0 ? total : 0;
  }

  /** Reserves qty at location w; throws when that exceeds the free units (a routing bug). */
  reserve(w: number, sku: number, qty: number): void {
    if (qty > this.free(w, sku)) throw new RangeError(`OmsStockBook.reserve: ${qty} units of SKU ${sku} at warehouse ${w}, only ${this.free(w, sku)} free`);
    this.reservations[w]![sku]! += qty;
  }

  /** Ends an open fulfilment line of qty units at location w (unbacked units go first). */
  release(w: number, sku: number, qty: number): void {
    const unbacked = this.unbackedUnits[w]!;
    const fromUnbacked = Math.min(unbacked[sku]!, qty);
    unbacked[sku]! -= fromUnbacked;
    this.reservations[w]![sku]! -= qty - fromUnbacked;
  }

  /**
   * Applies a signed change to the record of location w. A rise re-backs unbacked units first; a fall
   * below the reservations moves the excess to unbacked. Returns the units newly counted short.
   */
  changeRecord(w: number, sku: number, delta: number): number {
    const records = this.records[w]!;
    const reservations = this.reservations[w]!;
    const unbacked = this.unbackedUnits[w]!;
    records[sku]! += delta;
    const backing = records[sku]! > 0 ? records[sku]! : 0;
    if (reservations[sku]! > backing) {
      const excess = reservations[sku]! - backing;
      reservations[sku] = backing;
      unbacked[sku]! += excess;
      this.unitsReservedShort += excess;
      return excess;
    }
    if (unbacked[sku]! > 0) {
      const reback = Math.min(unbacked[sku]!, backing - reservations[sku]!);
      unbacked[sku]! -= reback;
      reservations[sku]! += reback;
    }
    return 0;
  }
}
