// The page's side of the engine worker: one promise per request, replies matched by id.
import type { EngineCatalog, EngineReply, EngineRequest } from './protocol.js';
import type { PairedRow, TwinParameters, TwinRun } from '../twin/index.js';
import type { RunResult } from '../../scenarios/result.js';

type Pending = { resolve: (reply: EngineReply) => void; reject: (error: Error) => void };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Talks to the engine worker. */
export class EngineClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<EngineReply>) => {
      const waiting = this.pending.get(event.data.id);
      if (!waiting) return;
      this.pending.delete(event.data.id);
      if (event.data.type === 'error') waiting.reject(new Error(event.data.message));
      else waiting.resolve(event.data);
    };
    this.worker.onerror = (event) => {
      const error = new Error(`the engine worker failed: ${event.message}`);
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
  }

  /** The built-in scenarios and policy names. */
  async describe(): Promise<EngineCatalog> {
    const reply = await this.request({ type: 'describe' });
    if (reply.type !== 'describe') throw new Error(`unexpected reply ${reply.type}`);
    return reply.catalog;
  }

  /** One run with its visuals and journeys. */
  async run(scenario: string, parameters: TwinParameters): Promise<{ run: TwinRun; wallMs: number }> {
    const reply = await this.request({ type: 'run', scenario, parameters });
    if (reply.type !== 'run') throw new Error(`unexpected reply ${reply.type}`);
    return { run: reply.run, wallMs: reply.wallMs };
  }

  /** A and B on the same seeds, with paired differences. */
  async compare(scenario: string, a: TwinParameters, b: TwinParameters, seeds: number): Promise<{ rows: PairedRow[]; a: RunResult[]; b: RunResult[] }> {
    const reply = await this.request({ type: 'compare', scenario, a, b, seeds });
    if (reply.type !== 'compare') throw new Error(`unexpected reply ${reply.type}`);
    return reply;
  }

  private request(body: WithoutId<EngineRequest>): Promise<EngineReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id } as EngineRequest);
    });
  }
}
