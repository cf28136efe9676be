// Store: a FIFO of items with optional capacity; a get may carry a filter and then takes the
// oldest item that matches. Built from events only.
import { PENDING, SimEvent, extendsEvent, initEvent } from '../event.js';
import type { Simulation } from '../simulation.js';

export interface StorePut<T> extends SimEvent<void> {}
/** A pending or completed put; succeeds when the item is in the store. */
export class StorePut<T> {
  declare readonly item: T;
  constructor(sim: Simulation, item: T) {
    initEvent(this, sim, PENDING, undefined);
    this.item = item;
  }
}
extendsEvent(StorePut);

export interface StoreGet<T> extends SimEvent<T> {}
/** A pending or completed get; succeeds with the item taken. */
export class StoreGet<T> {
  declare readonly filter: ((item: T) => boolean) | null;
  constructor(sim: Simulation, filter: ((item: T) => boolean) | null) {
    initEvent(this, sim, PENDING, undefined);
    this.filter = filter;
  }
}
extendsEvent(StoreGet);

/** Items in arrival order; gets are served in order among those whose filter some item matches. */
export class Store<T> {
  readonly items: T[] = [];
  private puts: StorePut<T>[] = [];
  private gets: StoreGet<T>[] = [];

  constructor(readonly sim: Simulation, readonly capacity = Infinity, readonly name = 'store') {
    if (!(capacity >= 1)) throw new RangeError(`store ${name}: capacity must be >= 1, got ${capacity}`);
  }

  /** Adds an item (waits while the store is full). */
  put(item: T): StorePut<T> {
    const put = new StorePut(this.sim, item);
    if (this.items.length < this.capacity && this.puts.length === 0) {
      this.items.push(item);
      put._settle(undefined);
      this.serveGets();
    } else this.puts.push(put);
    return put;
  }

  /** Takes the oldest item (matching `filter`, when given); waits until one exists. */
  get(filter?: (item: T) => boolean): StoreGet<T> {
    const get = new StoreGet<T>(this.sim, filter ?? null);
    // Waiting gets match no stored item (serveGets keeps it so), so taking a match now is fair.
    const index = this.findItem(get.filter);
    if (index >= 0) {
      get._settle(this.items.splice(index, 1)[0]);
      this.servePuts();
    } else this.gets.push(get);
    return get;
  }

  /** Withdraws a waiting get (e.g. after an interrupt); no-op when already served. */
  cancel(get: StoreGet<T>): void {
    const i = this.gets.indexOf(get);
    if (i >= 0) this.gets.splice(i, 1);
  }

  private findItem(filter: ((item: T) => boolean) | null): number {
    if (filter === null) return this.items.length > 0 ? 0 : -1;
    for (let i = 0; i < this.items.length; i++) if (filter(this.items[i]!)) return i;
    return -1;
  }

  private serveGets(): void {
    for (let g = 0; g < this.gets.length && this.items.length > 0; ) {
      const get = this.gets[g]!;
      const index = this.findItem(get.filter);
      if (index < 0) {
        g++;
        continue;
      }
      this.gets.splice(g, 1);
      get.succeed(this.items.splice(index, 1)[0]);
    }
    this.servePuts();
  }

  private servePuts(): void {
    let added = false;
    while (this.puts.length > 0 && this.items.length < this.capacity) {
      const put = this.puts.shift()!;
      this.items.push(put.item);
      put.succeed();
      added = true;
    }
    if (added) this.serveGets();
  }
}
