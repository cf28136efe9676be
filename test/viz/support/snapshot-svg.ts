// Chart markup made comparable across runs: numbers rounded to 2 decimals, generated ids and Plot's
// class names renumbered in order of appearance; standalone SVGs get their namespace.
import type * as Plot from '@observablehq/plot';
import { renderPlot } from '../../../viz/render/plot-svg.js';
import { serverDocument } from '../../../viz/render/node-document.js';

const decimals = 2;

/** Rounds every decimal number in the markup and renumbers ids and Plot class names. */
export function normalizeMarkup(markup: string): string {
  const ids = new Map<string, string>();
  for (const match of markup.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(match[1]!)) ids.set(match[1]!, `id-${ids.size + 1}`);
  let text = markup;
  for (const [from, to] of ids) text = text.split(`"${from}"`).join(`"${to}"`).split(`#${from})`).join(`#${to})`).split(`"#${from}"`).join(`"#${to}"`);
  text = text.replace(/\bplot-[0-9a-f]{6}\b/g, 'plot');
  return text.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => {
    const rounded = Number(Number(n).toFixed(decimals));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** Draws Plot options in a server-side document and returns normalized markup and its file extension. */
export function snapshotOf(options: Plot.PlotOptions): { markup: string; extension: 'svg' | 'html' } {
  const markup = renderPlot(options, serverDocument());
  if (markup.startsWith('<svg')) return { markup: `${normalizeMarkup(markup.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" '))}\n`, extension: 'svg' };
  return { markup: `${normalizeMarkup(markup)}\n`, extension: 'html' };
}
