// The replay scenario (scenario.json of `baton import`) without ever holding it whole: its text comes
// in pieces (the head, then the scripted orders a batch at a time) and its orders are checked one at
// a time, so a million-line history costs its compact columns, not a million objects.
import type { ScriptedOrder } from '../../models/config.js';
import { InputError } from '../errors.js';
import type { ScenarioFile } from '../schema.js';
import { validateScenario } from '../validate.js';
import type { ImportOutputs } from './build.js';

// The head is validated with its first `sampleOrders` orders, so the schema itself sees real orders too.
const defaults = { batch: 10_000, sampleOrders: 1_000, maxOrders: 1_000_000 };

type Replay = Pick<ImportOutputs, 'replayHead' | 'replayOrders' | 'replayOrderTexts' | 'replayOrderCount'>;

// Where the head's text holds its (empty) order list (its returns, if any, follow it).
const emptyOrders = '"scripted":{"orders":[]';

/** The whole replay scenario as one document (tests and small histories). */
export function replayScenario(replay: Replay): ScenarioFile {
  return { ...replay.replayHead, scripted: { ...replay.replayHead.scripted, orders: [...replay.replayOrders()] } };
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
  yield `]${head.slice(at + emptyOrders.length)}`;
}

/** What a replay order breaks first, relative to the order (`.lines[2].qty`), or null when it is valid. */
export interface OrderProblem {
  path: string;
  value: unknown;
  message: string;
}

/**
 * The first scripted-order rule of the scenario format that `order` breaks (the schema's bounds and
 * the cross-check's known channel and SKU), or null. The same rules as `validateScenario`, without
 * its copy of every order (a test holds the two verdicts equal at every bound).
 */
export function replayOrderProblem(order: ScriptedOrder, channels: ReadonlySet<string>, skus: ReadonlySet<string>): OrderProblem | null {
  const at = order.atSeconds;
  if (typeof at !== 'number' || !(at >= 0 && at <= 1e12)) return { path: '.atSeconds', value: at, message: 'must be a number from 0 to 1e12' };
  if (!channels.has(order.channel)) return { path: '.channel', value: order.channel, message: `unknown channel; known: ${[...channels].join(', ')}` };
  const lines = order.lines;
  if (lines.length < 1 || lines.length > 1_000) return { path: '.lines', value: lines.length, message: 'an order has 1 to 1,000 lines' };
  for (let j = 0; j < lines.length; j++) {
    const { sku, qty } = lines[j]!;
    if (!skus.has(sku)) return { path: `.lines[${j}].sku`, value: sku, message: 'unknown SKU code' };
    if (!Number.isSafeInteger(qty) || qty < 1 || qty > 1e6) return { path: `.lines[${j}].qty`, value: qty, message: 'must be a whole number of units from 1 to 1,000,000' };
  }
  const { cancelAtSeconds: cancel, returnAfterSeconds: back } = order;
  if (cancel !== undefined && (typeof cancel !== 'number' || !(cancel >= 0 && cancel <= 1e12))) return { path: '.cancelAtSeconds', value: cancel, message: 'must be a number from 0 to 1e12' };
  if (cancel !== undefined && cancel < at) return { path: '.cancelAtSeconds', value: cancel, message: `a cancellation cannot come before its order (atSeconds ${at})` };
  if (back !== undefined && (typeof back !== 'number' || !(back >= 0 && back <= 1e12))) return { path: '.returnAfterSeconds', value: back, message: 'must be a number from 0 to 1e12' };
  return null;
}

/**
 * Validates the replay as `baton run` would load it: the head (with its first orders) through
 * `validateScenario`, then every order against the scripted-order rules (`replayOrderProblem`); a
 * problem names the order's index in the whole list.
 */
export function validateReplay(replay: Replay, label: string): void {
  if (replay.replayOrderCount > defaults.maxOrders) {
    throw InputError.of({ file: label, path: 'scripted.orders', value: replay.replayOrderCount, message: `more than ${defaults.maxOrders.toLocaleString('en-US')} orders to replay: import a shorter history` });
  }
  const firstOrders: ScriptedOrder[] = [];
  for (const order of replay.replayOrders()) {
    if (firstOrders.length === defaults.sampleOrders) break;
    firstOrders.push(order);
  }
  const head = validateScenario({ ...replay.replayHead, scripted: { ...replay.replayHead.scripted, orders: firstOrders } }, label);
  const channels = new Set(head.channels.map((c) => c.name));
  const skus = new Set((head.catalog.items ?? []).map((i) => i.code));
  let index = 0;
  for (const order of replay.replayOrders()) {
    const problem = replayOrderProblem(order, channels, skus);
    if (problem !== null) throw InputError.of({ file: label, path: `scripted.orders[${index}]${problem.path}`, value: problem.value, message: problem.message });
    index++;
  }
}
