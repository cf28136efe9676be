// Reconcile for people: the sentence and the page.
export { reconcileSentence } from './summary.js';
export { renderReconcilePage } from './page.js';
