// The web twin's engine-side logic (browser-safe): knobs, runs, key numbers, comparisons, the floor scrubber.
export { applyParameters, parametersOf, faultKeys, ownershipModes, type FaultKey, type OwnershipMode, type TwinKnobValues, type TwinParameters } from './parameters.js';
export { runTwin, type TwinOptions, type TwinRun } from './run-twin.js';
export { keyNumbers, type KeyNumber } from './key-numbers.js';
export { pairedComparison, type PairedRow } from './paired.js';
export { frameAt, pathPrefix, scrubberLength, type ScrubberFrame } from './scrubber.js';
export { readStart, type StartWarehouse, type TwinStart } from './start.js';
export { StockTracker, postedSku, type SkuNumbers } from './stock-tracker.js';
