// Container: a continuous or discrete level (fuel, units in a tote) between 0 and capacity.
// Puts and gets wait, each queue served strictly in order so a large request is not starved.
import { PENDING, SimEvent, extendsEvent, initEvent } from '../event.js';
import type { Simulation } from '../simulation.js';

export interface ContainerRequest extends SimEvent<number> {}
/** A put or get of `amount`; succeeds when it happened. */
export class ContainerRequest {
  declare readonly amount: number;
  constructor(sim: Simulation, amount: number) {
    initEvent(this, sim, PENDING, undefined);
    this.amount = amount;
  }
}
extendsEvent(ContainerRequest);

/** A level with put/get that wait for room or content. */
export class Container {
  private levelNow: number;
  private puts: ContainerRequest[] = [];
  private gets: ContainerRequest[] = [];

  constructor(readonly sim: Simulation, readonly capacity = Infinity, initialLevel = 0, readonly name = 'container') {
    if (!(capacity > 0)) throw new RangeError(`container ${name}: capacity must be > 0, got ${capacity}`);
    if (!(initialLevel >= 0 && initialLevel <= capacity)) {
      throw new RangeError(`container ${name}: initial level must be within [0, ${capacity}], got ${initialLevel}`);
    }
    this.levelNow = initialLevel;
  }

  /** Current level. */
  get level(): number {
    return this.levelNow;
  }

  /** Adds `amount` (> 0), waiting for room. */
  put(amount: number): ContainerRequest {
    const req = new ContainerRequest(this.sim, checkAmount(amount, this.name));
    if (this.puts.length === 0 && this.levelNow + amount <= this.capacity) {
      this.levelNow += amount;
      req._settle(amount);
      this.serve();
    } else this.puts.push(req);
    return req;
  }

  /** Removes `amount` (> 0), waiting for content. */
  get(amount: number): ContainerRequest {
    const req = new ContainerRequest(this.sim, checkAmount(amount, this.name));
    if (this.gets.length === 0 && this.levelNow >= amount) {
      this.levelNow -= amount;
      req._settle(amount);
      this.serve();
    } else this.gets.push(req);
    return req;
  }

  private serve(): void {
    let progressed = true;
    while (progressed) {
      progressed = false;
      const get = this.gets[0];
      if (get !== undefined && this.levelNow >= get.amount) {
        this.gets.shift();
        this.levelNow -= get.amount;
        get.succeed(get.amount);
        progressed = true;
      }
      const put = this.puts[0];
      if (put !== undefined && this.levelNow + put.amount <= this.capacity) {
        this.puts.shift();
        this.levelNow += put.amount;
        put.succeed(put.amount);
        progressed = true;
      }
    }
  }
}

function checkAmount(amount: number, name: string): number {
  if (!(amount > 0 && amount < Infinity)) throw new RangeError(`container ${name}: amount must be finite and > 0, got ${amount}`);
  return amount;
}
