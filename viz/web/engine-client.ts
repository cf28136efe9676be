// The page's side of the engine worker: one promise per request, replies matched by id. A run can
// report progress, and `cancel` stops whatever runs by replacing the worker (a run is one synchronous
// computation inside it, so stopping the thread is the only way to stop it at once).
import type { EngineCatalog, EngineProgress, EngineReply, EngineRequest } from './protocol.js';
import type { PairedRow, TwinParameters, TwinRun } from '../twin/index.js';
import type { DroppedAnalysis, DroppedFile } from '../../scenarios/import/dropped-files.js';
import type { RunResult } from '../../scenarios/result.js';

type Pending = { resolve: (reply: EngineReply) => void; reject: (error: Error) => void; onProgress?: (progress: EngineProgress) => void };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The request was cancelled before its reply came. */
export class EngineCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'EngineCancelled';
  }
}

/** Talks to the engine worker. */
export class EngineClient {
  private worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = this.startWorker();
  }

  /** The built-in scenarios and policy names. */
  async describe(): Promise<EngineCatalog> {
    const reply = await this.request({ type: 'describe' });
    if (reply.type !== 'describe') throw new Error(`unexpected reply ${reply.type}`);
    return reply.catalog;
  }

  /** One run with its visuals and journeys; `onProgress` hears how far it has got. */
  async run(scenario: string, parameters: TwinParameters, onProgress?: (progress: EngineProgress) => void): Promise<{ run: TwinRun; wallMs: number }> {
    const reply = await this.request({ type: 'run', scenario, parameters }, onProgress);
    if (reply.type !== 'run') throw new Error(`unexpected reply ${reply.type}`);
    return { run: reply.run, wallMs: reply.wallMs };
  }

  /** A scenario document of the user's own (the forecast from dropped files), run like a built-in. */
  async runDocument(document: Record<string, unknown>, label: string, onProgress?: (progress: EngineProgress) => void): Promise<{ run: TwinRun; wallMs: number }> {
    const reply = await this.request({ type: 'run-document', document, label }, onProgress);
    if (reply.type !== 'run') throw new Error(`unexpected reply ${reply.type}`);
    return { run: reply.run, wallMs: reply.wallMs };
  }

  /** Recognises, imports and reconciles dropped files (in the engine worker: no server). */
  async analyse(files: DroppedFile[], syncMinutes: number, forecastDays: number): Promise<DroppedAnalysis> {
    const reply = await this.request({ type: 'analyse', files, syncMinutes, forecastDays });
    if (reply.type !== 'analyse') throw new Error(`unexpected reply ${reply.type}`);
    return reply.analysis;
  }

  /** A and B on the same seeds, with paired differences. */
  async compare(scenario: string, a: TwinParameters, b: TwinParameters, seeds: number): Promise<{ rows: PairedRow[]; a: RunResult[]; b: RunResult[] }> {
    const reply = await this.request({ type: 'compare', scenario, a, b, seeds });
    if (reply.type !== 'compare') throw new Error(`unexpected reply ${reply.type}`);
    return reply;
  }

  /** Stops every request in flight (each rejects with EngineCancelled) and starts a fresh engine. */
  cancel(): void {
    this.worker.terminate();
    this.rejectAll(new EngineCancelled());
    this.worker = this.startWorker();
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<EngineReply | EngineProgress>) => {
      const data = event.data;
      const waiting = this.pending.get(data.id);
      if (!waiting) return;
      if (data.type === 'progress') {
        waiting.onProgress?.(data);
        return;
      }
      this.pending.delete(data.id);
      if (data.type === 'error') waiting.reject(new Error(data.message));
      else waiting.resolve(data);
    };
    worker.onerror = (event) => this.rejectAll(new Error(`the engine worker failed: ${event.message}`));
    return worker;
  }

  private rejectAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private request(body: WithoutId<EngineRequest>, onProgress?: (progress: EngineProgress) => void): Promise<EngineReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...body, id } as EngineRequest);
    });
  }
}
