// Record files for work that does not fit in memory: records of whole numbers and texts, appended in
// blocks (the numbers as 32-bit words, the texts as UTF-16 code units, a record never split between
// blocks) and read back in order, synchronously, a block at a time. A writer and a reader each reuse
// one buffer for their blocks: memory outside the heap that is freed only by a collection would
// otherwise pile up block after block. Node only (node:fs).
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

const defaults = { blockWords: 1 << 15, blockChars: 1 << 17 };

// A float64 read and written as two 32-bit words.
const float = new Float64Array(1);
const floatWords = new Uint32Array(float.buffer);

/** Appends records to a new file (truncating it). */
export class RecordWriter {
  private readonly fd: number;
  private words = new Uint32Array(defaults.blockWords + 1024);
  private wordCount = 0;
  private texts: string[] = [];
  private chars = 0;
  private readonly head = new Uint32Array(2);
  private textBytes = Buffer.alloc(0);

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  /** A whole number from 0 to 2^32 - 1. */
  u32(value: number): void {
    if (this.wordCount === this.words.length) {
      const bigger = new Uint32Array(this.words.length * 2);
      bigger.set(this.words);
      this.words = bigger;
    }
    this.words[this.wordCount++] = value;
  }

  /** Any number (stored exactly). */
  f64(value: number): void {
    float[0] = value;
    this.u32(floatWords[0]!);
    this.u32(floatWords[1]!);
  }

  string(value: string): void {
    this.u32(value.length);
    if (value.length > 0) this.texts.push(value);
    this.chars += value.length;
  }

  /** Ends a record: the block is written out when it is full. */
  endRecord(): void {
    if (this.wordCount >= defaults.blockWords || this.chars >= defaults.blockChars) this.flush();
  }

  /** Writes what is left and closes the file. */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.wordCount === 0) return;
    const text = this.texts.join('');
    if (this.textBytes.length < text.length * 2) this.textBytes = Buffer.alloc(Math.max(text.length * 2, defaults.blockChars * 2));
    const bytes = this.textBytes.write(text, 'utf16le');
    this.head[0] = this.wordCount;
    this.head[1] = bytes;
    writeSync(this.fd, this.head);
    writeSync(this.fd, this.words.subarray(0, this.wordCount));
    if (bytes > 0) writeSync(this.fd, this.textBytes.subarray(0, bytes));
    this.wordCount = 0;
    this.texts = [];
    this.chars = 0;
  }
}

/** Reads a file of records in order: `next()` moves to the next record, then its fields are read as written. */
export class RecordReader {
  private fd: number | null;
  private offset = 0;
  private words = new Uint32Array(0);
  private wordBuffer = new Uint32Array(0);
  private textBuffer = Buffer.alloc(0);
  private word = 0;
  private text = '';
  private char = 0;
  private readonly head = new Uint32Array(2);

  constructor(readonly path: string) {
    this.fd = openSync(path, 'r');
  }

  /** True when there is a record to read (and moves to it); closes the file at the end. */
  next(): boolean {
    if (this.word < this.words.length) return true;
    if (this.fd === null) return false;
    const headBytes = new Uint8Array(this.head.buffer);
    if (this.read(headBytes) < headBytes.length) {
      this.close();
      return false;
    }
    const wordCount = this.head[0]!;
    const textBytes = this.head[1]!;
    if (this.wordBuffer.length < wordCount) this.wordBuffer = new Uint32Array(Math.max(wordCount, defaults.blockWords + 1024));
    if (this.textBuffer.length < textBytes) this.textBuffer = Buffer.alloc(Math.max(textBytes, defaults.blockChars * 2));
    this.words = this.wordBuffer.subarray(0, wordCount);
    this.read(new Uint8Array(this.words.buffer, 0, wordCount * 4));
    this.read(this.textBuffer.subarray(0, textBytes));
    this.word = 0;
    this.text = this.textBuffer.toString('utf16le', 0, textBytes);
    this.char = 0;
    return true;
  }

  u32(): number {
    return this.words[this.word++]!;
  }

  f64(): number {
    floatWords[0] = this.words[this.word++]!;
    floatWords[1] = this.words[this.word++]!;
    return float[0]!;
  }

  /** The next text: a slice of the block's text (copy it to keep it beyond the block). */
  string(): string {
    const length = this.words[this.word++]!;
    const value = length === 0 ? '' : this.text.slice(this.char, this.char + length);
    this.char += length;
    return value;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.words = new Uint32Array(0);
    this.wordBuffer = this.words;
    this.textBuffer = Buffer.alloc(0);
    this.word = 0;
  }

  private read(into: Uint8Array): number {
    let done = 0;
    while (done < into.length) {
      const got = readSync(this.fd!, into, done, into.length - done, this.offset);
      if (got === 0) break;
      done += got;
      this.offset += got;
    }
    return done;
  }
}
