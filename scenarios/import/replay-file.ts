// The replay scenario (scenario.json of `baton import`) without ever holding it whole: its text comes
// in pieces (the head, then the scripted orders a batch at a time) and it is validated a batch of
// orders at a time, so a million-line history costs its compact columns, not a million objects.
import type { ScriptedOrder } from '../../models/config.js';
import { InputError } from '../errors.js';
import type { ScenarioFile } from '../schema.js';
import { validateScenario } from '../validate.js';
import type { ImportOutputs } from './build.js';

// Each validated batch is checked with the whole head (about 20 ms for a large catalogue): big batches
// keep that a small share while a batch of orders stays a few tens of megabytes.
const defaults = { batch: 10_000, validateBatch: 50_000, maxOrders: 1_000_000 };

type Replay = Pick<ImportOutputs, 'replayHead' | 'replayOrders' | 'replayOrderTexts' | 'replayOrderCount'>;

// Where the head's text holds its (empty) order list.
const emptyOrders = '"scripted":{"orders":[]}';

/** The whole replay scenario as one document (tests and small histories). */
export function replayScenario(replay: Replay): ScenarioFile {
  return { ...replay.replayHead, scripted: { orders: [...replay.replayOrders()] } };
}

/** The replay's orders in batches of `size`. */
function* batches(replay: Replay, size: number): Iterable<ScriptedOrder[]> {
  let batch: ScriptedOrder[] = [];
  for (const order of replay.replayOrders()) {
    batch.push(order);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** scenario.json's compact JSON text in pieces; joined, they equal JSON.stringify(replayScenario(replay)). */
export function* replayScenarioJson(replay: Replay): Iterable<string> {
  const head = JSON.stringify(replay.replayHead);
  const at = head.indexOf(emptyOrders);
  if (at < 0) throw new Error('replay head without an empty scripted.orders');
  yield `${head.slice(0, at)}"scripted":{"orders":[`;
  let texts: string[] = [];
  let first = true;
  for (const text of replay.replayOrderTexts()) {
    texts.push(text);
    if (texts.length === defaults.batch) {
      yield `${first ? '' : ','}${texts.join(',')}`;
      first = false;
      texts = [];
    }
  }
  if (texts.length > 0) yield `${first ? '' : ','}${texts.join(',')}`;
  yield `]}${head.slice(at + emptyOrders.length)}`;
}

/**
 * Validates the replay as `baton run` would load it, a batch of orders at a time (each batch with the
 * whole head, so every order is checked against the catalogue and the channels); problems name the
 * order's index in the whole list.
 */
export function validateReplay(replay: Replay, label: string): void {
  if (replay.replayOrderCount > defaults.maxOrders) {
    throw InputError.of({ file: label, path: 'scripted.orders', value: replay.replayOrderCount, message: `more than ${defaults.maxOrders.toLocaleString('en-US')} orders to replay: import a shorter history` });
  }
  validateScenario(replay.replayHead, label);
  let offset = 0;
  for (const batch of batches(replay, defaults.validateBatch)) {
    try {
      validateScenario({ ...replay.replayHead, scripted: { orders: batch } }, label);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const shift = (path: string) => path.replace(/^scripted\.orders\[(\d+)\]/, (_, i: string) => `scripted.orders[${Number(i) + offset}]`);
      throw new InputError(error.problems.map((p) => ({ ...p, path: shift(p.path) })));
    }
    offset += batch.length;
  }
}
