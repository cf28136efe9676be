// "Start from today": an imported operation's forecast, started from its stock snapshots.
export { startFromSnapshots, type TwinStart } from './start.js';
export { runTwinForecast, twinMetrics, type TwinForecast } from './forecast.js';
