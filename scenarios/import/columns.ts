// Compact growable columns for an imported history: numbers in typed arrays (4 or 8 bytes a value,
// outside the collected heap) rather than JavaScript arrays of boxed values, and texts as UTF-16 code
// units in one pool with end offsets rather than a string object each. A hash index over a text
// column finds a text's row without holding the strings. Free of Node modules.

type Typed = Int32Array | Float64Array | Uint8Array;

/** The constructor of a typed array type (Int32Array, Float64Array, Uint8Array). */
export interface TypedArrayType<T extends Typed> {
  new (length: number): T;
}

const defaults = { capacity: 1024, textCapacity: 1 << 14, growth: 1.5, emptyIndexSlots: 1 << 10 };

function grownLength(current: number, needed: number): number {
  return Math.max(needed, Math.ceil(current * defaults.growth), defaults.capacity);
}

/** A typed array that grows as values are pushed; `values()` is the filled part. */
export class GrowableColumn<T extends Typed> {
  private data: T;
  private size = 0;

  constructor(private readonly type: TypedArrayType<T>, capacity: number = defaults.capacity) {
    this.data = new type(capacity);
  }

  get length(): number {
    return this.size;
  }

  /** Appends a value (it must fit the array type: whole numbers for the integer types). */
  push(value: number): void {
    if (this.size === this.data.length) this.reserve(this.size + 1);
    this.data[this.size++] = value;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** The values pushed so far: a view on the column's storage, valid until the next push. */
  values(): T {
    return this.data.subarray(0, this.size) as T;
  }

  private reserve(needed: number): void {
    const bigger = new this.type(grownLength(this.data.length, needed));
    bigger.set(this.data as never);
    this.data = bigger;
  }
}

/** Read access to a column of texts. */
export interface TextList extends Iterable<string> {
  readonly length: number;
  /** The text of row `index`. */
  at(index: number): string;
}

/** Texts stored as UTF-16 code units in one pool, each row ending at its offset. */
export class TextColumn implements TextList {
  private chars = new Uint16Array(defaults.textCapacity);
  private used = 0;
  private readonly ends: GrowableColumn<Float64Array>;

  /** `rows`: how many texts to make room for at first. */
  constructor(rows: number = defaults.capacity) {
    this.ends = new GrowableColumn(Float64Array, Math.max(1, rows));
  }

  get length(): number {
    return this.ends.length;
  }

  /** Appends a text; returns its row. */
  push(text: string): number {
    const needed = this.used + text.length;
    if (needed > this.chars.length) {
      const bigger = new Uint16Array(grownLength(this.chars.length, needed));
      bigger.set(this.chars.subarray(0, this.used));
      this.chars = bigger;
    }
    for (let i = 0; i < text.length; i++) this.chars[this.used + i] = text.charCodeAt(i);
    this.used = needed;
    this.ends.push(needed);
    return this.ends.length - 1;
  }

  at(index: number): string {
    if (!(index >= 0 && index < this.ends.length)) throw new RangeError(`TextColumn: no row ${index} (${this.ends.length} rows)`);
    const start = index === 0 ? 0 : this.ends.get(index - 1);
    const end = this.ends.get(index);
    let text = '';
    // In slices, so a long text never exceeds the engine's argument limit.
    for (let from = start; from < end; from += 4096) text += String.fromCharCode.apply(null, this.chars.subarray(from, Math.min(end, from + 4096)) as unknown as number[]);
    return text;
  }

  /** True when row `index` holds exactly `text`. */
  equals(index: number, text: string): boolean {
    const start = index === 0 ? 0 : this.ends.get(index - 1);
    if (this.ends.get(index) - start !== text.length) return false;
    for (let i = 0; i < text.length; i++) if (this.chars[start + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.ends.length; i++) yield this.at(i);
  }
}

/** The least power of two at or above n (n >= 1). */
export function nextPowerOfTwo(n: number): number {
  let power = 1;
  while (power < n) power *= 2;
  return power;
}

/** A copy of a text that holds no part of a larger one (V8 may keep a slice's whole parent text alive). */
export function ownText(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** A 32-bit hash of a text (FNV-1a over its UTF-16 code units, with a final mix). */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Distinct texts in a TextColumn with a hash table from text to row (open addressing, at most half full). */
export class TextIndex {
  readonly texts: TextColumn;
  private table: Int32Array;
  private readonly hashes: GrowableColumn<Int32Array>;

  /** `rows`: how many texts to make room for at first (it grows beyond). */
  constructor(rows: number = 0) {
    this.texts = new TextColumn(Math.max(rows, defaults.capacity));
    this.hashes = new GrowableColumn(Int32Array, Math.max(rows, defaults.capacity));
    this.table = new Int32Array(Math.max(defaults.emptyIndexSlots, nextPowerOfTwo(2 * rows + 2))).fill(-1);
  }

  get length(): number {
    return this.texts.length;
  }

  /** The row holding `text`, or -1. */
  find(text: string): number {
    const hash = textHash(text);
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const row = this.table[slot]!;
      if (row < 0) return -1;
      if (this.hashes.get(row) === (hash | 0) && this.texts.equals(row, text)) return row;
    }
  }

  /** Adds a text not yet in the index; returns its row. */
  add(text: string): number {
    if ((this.texts.length + 1) * 2 > this.table.length) this.rehash(this.table.length * 2);
    const hash = textHash(text);
    const row = this.texts.push(text);
    this.hashes.push(hash | 0);
    this.place(row, hash);
    return row;
  }

  private place(row: number, hash: number): void {
    const mask = this.table.length - 1;
    let slot = hash & mask;
    while (this.table[slot]! >= 0) slot = (slot + 1) & mask;
    this.table[slot] = row;
  }

  private rehash(slots: number): void {
    this.table = new Int32Array(slots).fill(-1);
    for (let row = 0; row < this.texts.length; row++) this.place(row, this.hashes.get(row) >>> 0);
  }
}
