// The knobs as a form: built once from the policy names, filled from a scenario's own values, and
// read back as only the knobs the user changed (so untouched knobs keep the scenario's values).
import { faultKeys, ownershipModes, type FaultKey, type TwinParameters } from '../twin/index.js';
import type { ScenarioEntry } from './protocol.js';
import { el, select } from './dom.js';

type Values = ScenarioEntry['parameters'];

const faultLabels: Record<FaultKey, string> = {
  misPickProbability: 'mis-pick probability',
  shrinkUnitsPerDayPerWarehouse: 'shrink units / day / warehouse',
  damageProbabilityPerPick: 'damage probability per pick',
  misScanProbabilityPerReceipt: 'mis-scan probability per receipt',
  workerAbsenceProbability: 'worker absence probability',
};

interface Field {
  key: string;
  input: HTMLInputElement | HTMLSelectElement;
  filled: string;
  kind: 'number' | 'text';
}

/** A form of knobs whose inputs get ids `${prefix}-${knob}`. */
export class ParameterForm {
  private readonly fields: Field[] = [];
  readonly element: HTMLElement;

  constructor(prefix: string, policies: { omsPolicies: string[]; pickPolicies: string[] }) {
    const number = (key: string, label: string, attributes: Record<string, string | number>) => this.field(prefix, key, label, el('input', { type: 'number', ...attributes }), 'number');
    const choice = (key: string, label: string, values: readonly string[]) => this.field(prefix, key, label, select({}, values.map((v) => ({ value: v }))), 'text');
    this.element = el(
      'div',
      { class: 'knobs' },
      number('seed', 'seed', { min: 0, step: 1 }),
      number('days', 'horizon (days)', { min: 0.05, max: 60, step: 0.25 }),
      number('syncIntervalSeconds', 'channel sync interval (s)', { min: 1, step: 60 }),
      choice('ownership', 'ownership mode', ownershipModes),
      choice('omsRoutingPolicy', 'OMS routing policy', policies.omsPolicies),
      choice('pickRoutingPolicy', 'pick routing policy', policies.pickPolicies),
      number('channels', 'number of channels', { min: 1, max: 8, step: 1 }),
      ...faultKeys.map((k) => number(`faults.${k}`, faultLabels[k], { min: 0, step: k === 'shrinkUnitsPerDayPerWarehouse' ? 1 : 0.01 })),
      number('messageLossProbability', 'message loss probability', { min: 0, max: 1, step: 0.01 }),
    );
  }

  /** Shows `values` and makes them the baseline that `read` compares against. */
  fill(values: Values): void {
    for (const f of this.fields) {
      const value = f.key.startsWith('faults.') ? values.faults[f.key.slice(7) as FaultKey] : (values as unknown as Record<string, unknown>)[f.key];
      f.filled = String(value);
      f.input.value = f.filled;
    }
  }

  /** Shows `values` without moving the baseline (so they read back as changes). */
  show(values: Values): void {
    for (const f of this.fields) {
      const value = f.key.startsWith('faults.') ? values.faults[f.key.slice(7) as FaultKey] : (values as unknown as Record<string, unknown>)[f.key];
      f.input.value = String(value);
    }
  }

  /** The knobs changed since `fill`; throws naming a field that does not hold a number. */
  read(): TwinParameters {
    const out: Record<string, unknown> = {};
    const faults: Record<string, number> = {};
    for (const f of this.fields) {
      if (f.input.value === f.filled) continue;
      let value: string | number = f.input.value;
      if (f.kind === 'number') {
        value = Number(f.input.value);
        if (f.input.value.trim() === '' || !Number.isFinite(value)) throw new RangeError(`${f.key} must be a number, got ${JSON.stringify(f.input.value)}`);
      }
      if (f.key.startsWith('faults.')) faults[f.key.slice(7)] = value as number;
      else out[f.key] = value;
    }
    if (Object.keys(faults).length > 0) out.faults = faults;
    return out as TwinParameters;
  }

  /** Every knob's value as shown now (the baseline plus changes). */
  current(): Values {
    const values: Record<string, unknown> = { faults: {} };
    for (const f of this.fields) {
      const v = f.kind === 'number' ? Number(f.input.value) : f.input.value;
      if (f.key.startsWith('faults.')) (values.faults as Record<string, unknown>)[f.key.slice(7)] = v;
      else values[f.key] = v;
    }
    return values as unknown as Values;
  }

  private field(prefix: string, key: string, label: string, input: HTMLInputElement | HTMLSelectElement, kind: Field['kind']): HTMLElement {
    const id = `${prefix}-${key.replace('.', '-')}`;
    input.id = id;
    input.setAttribute('data-knob', key);
    this.fields.push({ key, input, filled: '', kind });
    return el('label', { for: id, class: 'knob' }, el('span', {}, label), input);
  }
}
