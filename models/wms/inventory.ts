// On-hand per SKU at one warehouse, kept twice: the physical truth (what the shelf holds, known only
// to the simulator) and the WMS record (what the system believes). Each SKU has one pick bin, so
// per-bin state is per-SKU state in typed arrays. Picked units wait in staging (packed, not yet
// collected by the carrier) and still count as on hand until they ship.
// Every movement goes through a method here, which also bumps that side's movement counter, so
// each side can be checked against its own movements:
//   truth:  initial + received - shipped - shrunk - damaged = bin + staged
//   record: initial + received - shipped + adjusted       = bin + staged

/** Per-warehouse totals of both sides and whether each balances against its movements. */
export interface WarehouseConservation {
  initial: number;
  received: number;
  shipped: number;
  shrunk: number;
  damaged: number;
  /** Units on the shelves plus units packed and waiting for the carrier. */
  physicalOnHand: number;
  physicalInBins: number;
  physicalStaged: number;
  recordInitial: number;
  recordReceived: number;
  recordShipped: number;
  /** Net signed record adjustments (cycle counts, damage, short picks, count at pick). */
  recordAdjusted: number;
  recordOnHand: number;
  recordInBins: number;
  recordStaged: number;
  /** initial + received - shipped - shrunk - damaged === physicalOnHand, in total and for every SKU. */
  physicalBalanced: boolean;
  /** recordInitial + recordReceived - recordShipped + recordAdjusted === recordOnHand, in total and for every SKU. */
  recordBalanced: boolean;
  /** Bins or staging cells below zero, physical or recorded (must be 0). */
  negativeCells: number;
}

/** Both sides of one warehouse's stock; methods throw (naming the SKU) rather than go negative. */
export class Inventory {
  readonly binTruth: Int32Array;
  readonly binRecord: Int32Array;
  readonly stagedTruth: Int32Array;
  readonly stagedRecord: Int32Array;
  private readonly initialTruth: Int32Array;
  private readonly initialRecord: Int32Array;
  private readonly receivedTruth: Int32Array;
  private readonly receivedRecord: Int32Array;
  private readonly shippedTruth: Int32Array;
  private readonly shippedRecord: Int32Array;
  private readonly shrunk: Int32Array;
  private readonly damaged: Int32Array;
  private readonly adjusted: Int32Array;

  constructor(
    readonly skuCount: number,
    private readonly label = 'inventory',
  ) {
    if (!(Number.isInteger(skuCount) && skuCount >= 0)) throw new RangeError(`${label}: skuCount must be an integer >= 0, got ${skuCount}`);
    const make = () => new Int32Array(skuCount);
    this.binTruth = make();
    this.binRecord = make();
    this.stagedTruth = make();
    this.stagedRecord = make();
    this.initialTruth = make();
    this.initialRecord = make();
    this.receivedTruth = make();
    this.receivedRecord = make();
    this.shippedTruth = make();
    this.shippedRecord = make();
    this.shrunk = make();
    this.damaged = make();
    this.adjusted = make();
  }

  /** Sets the opening stock of a SKU (before any movement); truth and record may differ. */
  setInitial(sku: number, truthUnits: number, recordUnits: number): void {
    this.checkUnits('initial truth', sku, truthUnits);
    this.checkUnits('initial record', sku, recordUnits);
    this.binTruth[sku] = truthUnits;
    this.binRecord[sku] = recordUnits;
    this.initialTruth[sku] = truthUnits;
    this.initialRecord[sku] = recordUnits;
  }

  /** Puts received units away: `truthUnits` onto the shelf, `recordUnits` into the record. */
  receive(sku: number, truthUnits: number, recordUnits: number): void {
    this.checkUnits('received truth', sku, truthUnits);
    this.checkUnits('received record', sku, recordUnits);
    this.binTruth[sku]! += truthUnits;
    this.receivedTruth[sku]! += truthUnits;
    this.binRecord[sku]! += recordUnits;
    this.receivedRecord[sku]! += recordUnits;
  }

  /** Physically moves units from the SKU's bin to staging. */
  pickTruth(sku: number, units: number): void {
    this.checkUnits('picked truth', sku, units);
    if (this.binTruth[sku]! < units) this.fail(`picks ${units} physical units but the bin holds ${this.binTruth[sku]}`, sku);
    this.binTruth[sku]! -= units;
    this.stagedTruth[sku]! += units;
  }

  /** Moves units from the SKU's bin record to the staged record. */
  pickRecord(sku: number, units: number): void {
    this.checkUnits('picked record', sku, units);
    if (this.binRecord[sku]! < units) this.fail(`picks ${units} recorded units but the bin record is ${this.binRecord[sku]}`, sku);
    this.binRecord[sku]! -= units;
    this.stagedRecord[sku]! += units;
  }

  /** Staged physical units leave with the carrier. */
  shipTruth(sku: number, units: number): void {
    this.checkUnits('shipped truth', sku, units);
    if (this.stagedTruth[sku]! < units) this.fail(`ships ${units} physical units but ${this.stagedTruth[sku]} are staged`, sku);
    this.stagedTruth[sku]! -= units;
    this.shippedTruth[sku]! += units;
  }

  /** Staged recorded units leave with the carrier. */
  shipRecord(sku: number, units: number): void {
    this.checkUnits('shipped record', sku, units);
    if (this.stagedRecord[sku]! < units) this.fail(`ships ${units} recorded units but ${this.stagedRecord[sku]} are staged in the record`, sku);
    this.stagedRecord[sku]! -= units;
    this.shippedRecord[sku]! += units;
  }

  /** Units vanish from the shelf unnoticed (theft, loss): truth only. */
  shrink(sku: number, units: number): void {
    this.checkUnits('shrunk', sku, units);
    if (this.binTruth[sku]! < units) this.fail(`shrinks ${units} units but the bin holds ${this.binTruth[sku]}`, sku);
    this.binTruth[sku]! -= units;
    this.shrunk[sku]! += units;
  }

  /** Units on the shelf are found damaged and scrapped (the record side is an adjustment). */
  damage(sku: number, units: number): void {
    this.checkUnits('damaged', sku, units);
    if (this.binTruth[sku]! < units) this.fail(`damages ${units} units but the bin holds ${this.binTruth[sku]}`, sku);
    this.binTruth[sku]! -= units;
    this.damaged[sku]! += units;
  }

  /** Changes the bin record by a signed delta (a count, a write-off); never below zero. */
  adjustRecord(sku: number, delta: number): void {
    if (!Number.isInteger(delta)) this.fail(`adjusts the record by a non-integer ${delta}`, sku);
    if (this.binRecord[sku]! + delta < 0) this.fail(`adjusts the record by ${delta} below zero (record ${this.binRecord[sku]})`, sku);
    this.binRecord[sku]! += delta;
    this.adjusted[sku]! += delta;
  }

  /** Physical units in the warehouse (bin plus staged). */
  physicalOnHand(sku: number): number {
    return this.binTruth[sku]! + this.stagedTruth[sku]!;
  }

  /** Recorded units in the warehouse (bin plus staged). */
  recordOnHand(sku: number): number {
    return this.binRecord[sku]! + this.stagedRecord[sku]!;
  }

  /** Share of (bin, SKU) pairs whose record equals the shelf; 1 for an empty catalogue. */
  recordAccuracy(): number {
    const n = this.skuCount;
    if (n === 0) return 1;
    let equal = 0;
    for (let s = 0; s < n; s++) if (this.binRecord[s] === this.binTruth[s]) equal++;
    return equal / n;
  }

  /** Sum over SKUs of |record - truth| in the bins. */
  recordErrorUnits(): number {
    let sum = 0;
    for (let s = 0; s < this.skuCount; s++) sum += Math.abs(this.binRecord[s]! - this.binTruth[s]!);
    return sum;
  }

  /** Truth-side balance of one SKU: opening + received - shipped - shrunk - damaged minus what is on hand (0 when conserved). */
  physicalImbalance(sku: number): number {
    return this.initialTruth[sku]! + this.receivedTruth[sku]! - this.shippedTruth[sku]! - this.shrunk[sku]! - this.damaged[sku]! - this.physicalOnHand(sku);
  }

  /** Record-side balance of one SKU (0 when the record agrees with its own movements). */
  recordImbalance(sku: number): number {
    return this.initialRecord[sku]! + this.receivedRecord[sku]! - this.shippedRecord[sku]! + this.adjusted[sku]! - this.recordOnHand(sku);
  }

  /** Totals over SKUs of every movement and level, and the two balance checks. */
  conservation(): WarehouseConservation {
    const t = {
      initial: 0, received: 0, shipped: 0, shrunk: 0, damaged: 0, physicalInBins: 0, physicalStaged: 0,
      recordInitial: 0, recordReceived: 0, recordShipped: 0, recordAdjusted: 0, recordInBins: 0, recordStaged: 0,
      negativeCells: 0, physicalUnbalanced: 0, recordUnbalanced: 0,
    };
    for (let s = 0; s < this.skuCount; s++) {
      t.initial += this.initialTruth[s]!;
      t.received += this.receivedTruth[s]!;
      t.shipped += this.shippedTruth[s]!;
      t.shrunk += this.shrunk[s]!;
      t.damaged += this.damaged[s]!;
      t.physicalInBins += this.binTruth[s]!;
      t.physicalStaged += this.stagedTruth[s]!;
      t.recordInitial += this.initialRecord[s]!;
      t.recordReceived += this.receivedRecord[s]!;
      t.recordShipped += this.shippedRecord[s]!;
      t.recordAdjusted += this.adjusted[s]!;
      t.recordInBins += this.binRecord[s]!;
      t.recordStaged += this.stagedRecord[s]!;
      if (this.binTruth[s]! < 0 || this.binRecord[s]! < 0 || this.stagedTruth[s]! < 0 || this.stagedRecord[s]! < 0) t.negativeCells++;
      if (this.physicalImbalance(s) !== 0) t.physicalUnbalanced++;
      if (this.recordImbalance(s) !== 0) t.recordUnbalanced++;
    }
    const physicalOnHand = t.physicalInBins + t.physicalStaged;
    const recordOnHand = t.recordInBins + t.recordStaged;
    return {
      initial: t.initial,
      received: t.received,
      shipped: t.shipped,
      shrunk: t.shrunk,
      damaged: t.damaged,
      physicalOnHand,
      physicalInBins: t.physicalInBins,
      physicalStaged: t.physicalStaged,
      recordInitial: t.recordInitial,
      recordReceived: t.recordReceived,
      recordShipped: t.recordShipped,
      recordAdjusted: t.recordAdjusted,
      recordOnHand,
      recordInBins: t.recordInBins,
      recordStaged: t.recordStaged,
      physicalBalanced: t.physicalUnbalanced === 0 && t.initial + t.received - t.shipped - t.shrunk - t.damaged === physicalOnHand,
      recordBalanced: t.recordUnbalanced === 0 && t.recordInitial + t.recordReceived - t.recordShipped + t.recordAdjusted === recordOnHand,
      negativeCells: t.negativeCells,
    };
  }

  private checkUnits(what: string, sku: number, units: number): void {
    if (!(Number.isInteger(sku) && sku >= 0 && sku < this.skuCount)) {
      throw new RangeError(`${this.label}: SKU index ${sku} is outside 0..${this.skuCount - 1}`);
    }
    if (!(Number.isInteger(units) && units >= 0)) throw new RangeError(`${this.label}: ${what} units must be an integer >= 0 for SKU ${sku}, got ${units}`);
  }

  private fail(message: string, sku: number): never {
    throw new RangeError(`${this.label}: SKU ${sku} ${message}`);
  }
}
