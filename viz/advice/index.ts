// "Do I need an OMS?" for people: the paragraph, the frontier chart and the page.
export { adviceParagraph } from './paragraph.js';
export { frontierCells, frontierChart, type FrontierCell } from './frontier.js';
export { renderAdvicePage } from './page.js';
