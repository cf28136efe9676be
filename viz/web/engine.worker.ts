// The engine in a Web Worker: the same sim/, models/ and scenarios/ code as the CLI, run off the
// page's thread so the page stays responsive. No server: everything happens in the browser.
import { builtInOmsRoutingPolicies } from '../../models/oms/routing/registry.js';
import { builtInPickPolicyRegistry } from '../../models/wms/routing/index.js';
import { builtinScenarios } from '../../scenarios/builtin/index.js';
import { analyseDroppedFiles } from '../../scenarios/import/dropped-files.js';
import { runScenario } from '../../scenarios/run.js';
import { validateScenario } from '../../scenarios/validate.js';
import { applyParameters, pairedComparison, parametersOf, runTwin, type TwinParameters } from '../twin/index.js';
import type { EngineProgress, EngineReply, EngineRequest } from './protocol.js';

const limits = { seeds: 20 };
// Progress notes at most this often (ms of wall time), so a short run sends none.
const progressEveryMs = 100;

function documentOf(name: string): unknown {
  const doc = builtinScenarios[name];
  if (doc === undefined) throw new RangeError(`no built-in scenario ${JSON.stringify(name)}; known: ${Object.keys(builtinScenarios).join(', ')}`);
  return doc;
}

function configOf(name: string, parameters: TwinParameters) {
  return validateScenario(applyParameters(documentOf(name), parameters), `builtin:${name}`);
}

// Progress notes for request `id`, at most every progressEveryMs.
function progressNotes(id: number): (doneSeconds: number, horizonSeconds: number) => void {
  let notedAt = performance.now();
  return (doneSeconds, horizonSeconds) => {
    const now = performance.now();
    if (now - notedAt < progressEveryMs) return;
    notedAt = now;
    const note: EngineProgress = { id, type: 'progress', doneSeconds, horizonSeconds };
    self.postMessage(note);
  };
}

async function handle(request: EngineRequest): Promise<EngineReply> {
  switch (request.type) {
    case 'describe':
      return {
        id: request.id,
        type: 'describe',
        catalog: {
          scenarios: Object.entries(builtinScenarios).map(([name, doc]) => ({ name, description: String((doc as { description?: unknown }).description ?? ''), parameters: parametersOf(doc) })),
          omsPolicies: builtInOmsRoutingPolicies.map((p) => p.name),
          pickPolicies: builtInPickPolicyRegistry.names(),
        },
      };
    case 'run': {
      const started = performance.now();
      const run = runTwin(configOf(request.scenario, request.parameters), { onProgress: progressNotes(request.id) });
      return { id: request.id, type: 'run', run, wallMs: Math.round(performance.now() - started) };
    }
    case 'run-document': {
      const started = performance.now();
      const run = runTwin(validateScenario(request.document, request.label), { onProgress: progressNotes(request.id) });
      return { id: request.id, type: 'run', run, wallMs: Math.round(performance.now() - started) };
    }
    case 'analyse':
      return { id: request.id, type: 'analyse', analysis: await analyseDroppedFiles(request.files, { syncMinutes: request.syncMinutes, forecastDays: request.forecastDays }) };
    case 'compare': {
      if (!Number.isInteger(request.seeds) || request.seeds < 1 || request.seeds > limits.seeds) throw new RangeError(`seeds must be an integer in 1..${limits.seeds}, got ${request.seeds}`);
      const first = configOf(request.scenario, request.a).seed;
      const seeds = Array.from({ length: request.seeds }, (_, i) => first + i);
      const a = seeds.map((seed) => runScenario(configOf(request.scenario, { ...request.a, seed })));
      const b = seeds.map((seed) => runScenario(configOf(request.scenario, { ...request.b, seed })));
      return { id: request.id, type: 'compare', rows: pairedComparison(a, b), a, b };
    }
  }
}

self.onmessage = async (event: MessageEvent<EngineRequest>) => {
  let reply: EngineReply;
  try {
    reply = await handle(event.data);
  } catch (error) {
    reply = { id: event.data.id, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
