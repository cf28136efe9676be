// Public surface of the kernel.
export { Simulation, type RunOptions } from './simulation.js';
export { SimEvent, Timeout, Condition, URGENT, NORMAL, LATE, checkDelay, type EventCallback } from './event.js';
export { Process, Interrupt, type ProcessGenerator, type Yieldable } from './process.js';
export { EventQueue, Scheduled } from './event-queue.js';
export { Resource, Request, type RequestOptions, type Preempted } from './resources/resource.js';
export { Store, StoreGet, StorePut } from './resources/store.js';
export { Container, ContainerRequest } from './resources/container.js';
export { MemoryTrace, CallbackTrace, type TraceRecord, type TraceSink } from './trace.js';
export { Hasher, hashString } from './hash.js';
export { MessageBus, defaultLink, type Message, type Envelope, type LinkOptions, type LinkStats, type OutageWindow, type UniformSource, type MessageHandler } from './bus.js';
export { RandomStreams, RandomStream, type Seed } from './random.js';
export { ln, exp, ln1p, pow } from './math.js';
export { ZipfSampler, DiscreteSampler, EmpiricalSampler, PiecewisePoissonProcess, weeklyRates, type PiecewisePoissonOptions, type WeeklyRateOptions } from './distributions.js';
export { Counter, Tally, TimeWeighted, P2Quantile, Quantiles, TimeSeries, studentTQuantile, meanConfidenceInterval, pairedDifference, type TallySummary, type TimeWeightedOptions, type TimeSeriesOptions, type TimeSeriesPoint, type ConfidenceInterval } from './stats/index.js';
