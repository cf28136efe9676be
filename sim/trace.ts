// The typed trace: models emit records of their own union type; tests, `explain` and charts read
// them. Off by default: emit sites test `sim.tracer !== null` before building a record.
import { Hasher } from './hash.js';

/** The minimum every trace record carries: simulated time and a namespaced kind like 'wms.pick.completed'. */
export interface TraceRecord {
  time: number;
  kind: string;
}

/** Receives trace records. */
export interface TraceSink<E extends TraceRecord = TraceRecord> {
  emit(record: E): void;
}

/** Keeps records in memory (bounded or not) and a running hash of every record ever emitted. */
export class MemoryTrace<E extends TraceRecord = TraceRecord> implements TraceSink<E> {
  readonly records: E[] = [];
  private readonly hasher = new Hasher();
  private count = 0;

  constructor(private readonly limit = Infinity) {}

  /** Records one event (kept while under the limit, always hashed). */
  emit(record: E): void {
    this.count++;
    this.hasher.update(JSON.stringify(record));
    if (this.records.length < this.limit) this.records.push(record);
  }

  /** Number of records emitted. */
  get size(): number {
    return this.count;
  }

  /** Hex digest over every record in emission order. */
  hash(): string {
    return this.hasher.digest();
  }
}

/** Forwards records to a function (e.g. an NDJSON writer outside sim/). */
export class CallbackTrace<E extends TraceRecord = TraceRecord> implements TraceSink<E> {
  constructor(private readonly fn: (record: E) => void) {}
  emit(record: E): void {
    this.fn(record);
  }
}
