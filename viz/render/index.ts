// Turning chart options into markup: with the page's document or a server-side one.
export { renderPlot, plotElement } from './plot-svg.js';
export { serverDocument } from './node-document.js';
