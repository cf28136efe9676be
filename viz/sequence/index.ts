// One order followed through channel, OMS, WMS and ERP: the journey from trace records and its diagram.
export { JourneyRecorder, lanes, postingSummary, shipmentOrderId, stepClock, type Journey, type JourneyStep, type Lane, type NumbersSource, type StepNumbers } from './journey.js';
export { sequenceDiagramSvg, laneNumber, type DiagramOptions } from './diagram.js';
