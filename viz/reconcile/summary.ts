// Reconcile in words: how many SKUs disagree, by how many units and how much money.
import type { Reconciliation } from '../../scenarios/reconcile/compare.js';
import { formatCents, formatPlain } from '../format/numbers.js';

const plural = (n: number, one: string, many = `${one}s`) => `${formatPlain(n)} ${n === 1 ? one : many}`;

/** "2 of 3 SKUs disagree: the ERP is off the floor by 3 units worth $30.00; the channels may sell 2 units the floor does not hold." */
export function reconcileSentence(r: Reconciliation, currency = 'USD'): string {
  if (r.skus === 0) return 'The three files list no SKU.';
  const head = r.disagreeing === 0 ? `All ${plural(r.skus, 'SKU')} agree` : `${formatPlain(r.disagreeing)} of ${plural(r.skus, 'SKU')} disagree`;
  const drift = r.driftUnits === 0 ? 'the ERP matches the floor' : `the ERP is off the floor by ${plural(r.driftUnits, 'unit')} worth ${formatCents(r.driftValueCents, currency)}`;
  const ats = r.atsGapUnits === 0 ? 'the channels cannot sell more than the floor holds' : `the channels may sell ${plural(r.atsGapUnits, 'unit')} the floor does not hold`;
  let text = `${head}: ${drift}; ${ats}.`;
  if (r.risk !== undefined) {
    text += ` At a ${formatPlain(r.risk.syncMinutes)}-minute sync and the history's demand, expect ${formatPlain(Number(r.risk.expectedOversoldUnits.toFixed(2)))} units oversold before the next sync, and reorders ${formatPlain(Number(r.risk.stockoutDaysAtRisk.toFixed(1)))} SKU-days too late where the ERP overcounts.`;
  }
  return text;
}
