// The run's charts in #chart: the five numbers of a chosen SKU, the cycle-time histogram and worker
// utilisation, drawn with the page's own document.
import type * as Plot from '@observablehq/plot';
import type { RunVisuals } from '../../../models/visuals.js';
import { cycleTimeChart, fiveNumbersChart, utilizationChart } from '../../charts/index.js';
import { plotElement } from '../../render/plot-svg.js';
import { el, select } from '../dom.js';

const defaults = { width: 760 };

/** Draws Plot options into a fresh figure. */
function figure(title: string, options: Plot.PlotOptions, id: string): HTMLElement {
  return el('figure', { class: 'chart', id }, el('figcaption', {}, title), plotElement(options, document));
}

/** Draws every chart of the run; `onSku` hears SKU changes (the key numbers follow the SKU). */
export function showCharts(container: HTMLElement, visuals: RunVisuals, onSku: (sku: string) => void): void {
  const width = Math.min(defaults.width, Math.max(360, container.clientWidth - 24));
  const skuPicker = select({ id: 'sku', 'aria-label': 'SKU' }, visuals.skuSeries.map((s) => ({ value: s.sku, label: `SKU ${s.sku}` })));
  const fiveSlot = el('div', { id: 'five-numbers-slot' });
  const drawFive = () => {
    fiveSlot.replaceChildren(visuals.skuSeries.length === 0 ? el('p', { class: 'note' }, 'No SKU series in this run.') : figure('The five numbers of one SKU over time', fiveNumbersChart(visuals, { sku: skuPicker.value, width }), 'chart-five-numbers'));
  };
  skuPicker.addEventListener('change', () => {
    drawFive();
    onSku(skuPicker.value);
  });
  drawFive();
  container.replaceChildren(
    el('div', { class: 'row' }, el('label', { for: 'sku' }, 'SKU '), skuPicker),
    fiveSlot,
    figure('Cycle time, accepted to shipped', cycleTimeChart(visuals, { width }), 'chart-cycle-time'),
    figure('Worker utilisation', utilizationChart(visuals, { width }), 'chart-utilization'),
  );
}
