// Draws Plot options with a given DOM document (the page's, or a server-side one) and returns markup.
import * as Plot from '@observablehq/plot';

/** The chart as markup: an <svg>, or a <figure> when Plot adds a legend. */
export function renderPlot(options: Plot.PlotOptions, document: Document): string {
  const element = Plot.plot({ ...options, document });
  return element.outerHTML;
}

/** The chart as a DOM element of `document`. */
export function plotElement(options: Plot.PlotOptions, document: Document): SVGSVGElement | HTMLElement {
  return Plot.plot({ ...options, document });
}
