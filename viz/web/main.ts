// The web twin's page: pick a built-in scenario, turn its knobs, run it in the engine worker, and
// see the key numbers, the charts, the floor, one order's journey, and an A/B comparison.
import { keyNumbers, type TwinParameters, type TwinRun } from '../twin/index.js';
import { byId, el } from './dom.js';
import { EngineCancelled, EngineClient } from './engine-client.js';
import { ParameterForm } from './parameter-form.js';
import type { EngineCatalog, EngineProgress, ScenarioEntry } from './protocol.js';
import { showDroppedAnalysis } from './views/data-view.js';
import { showCharts } from './views/charts-view.js';
import { showComparison } from './views/compare-view.js';
import { showFloor } from './views/floor-view.js';
import { showKeyNumbers } from './views/key-numbers-view.js';
import { showLesson, showLessonButtons } from './views/lesson-view.js';
import { lessons, type Lesson } from '../../scenarios/lessons.js';
import { showSequence } from './views/sequence-view.js';

const defaults = { scenario: 'seed-walkthrough', compareSeeds: 3 };

type State = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

const engine = new EngineClient();
const status = byId('status');
let runNumber = 0;
let running = false;
/** The lesson being followed, if any: its panel fills in when its run ends. */
let currentLesson: Lesson | null = null;
let stopFloor: () => void = () => {};

function setStatus(state: State, text: string, scenario = ''): void {
  status.dataset.state = state;
  status.dataset.scenario = scenario;
  status.textContent = text;
}

/** Shows a run in flight (progress bar, cancel button, the old results dimmed) or none. */
function showRunning(running: boolean): void {
  const progress = byId<HTMLProgressElement>('progress');
  progress.hidden = !running;
  progress.value = 0;
  byId('cancel').hidden = !running;
  document.querySelector('main')?.classList.toggle('stale', running);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function showRun(run: TwinRun, wallMs: number): void {
  const { result, visuals } = run;
  byId('run-facts').replaceChildren(
    el('span', {}, 'scenario '),
    el('strong', { 'data-testid': 'scenario-name' }, result.scenario),
    el('span', {}, ' · seed '),
    el('strong', { 'data-testid': 'seed' }, String(result.seed)),
    el('span', {}, ` · ${result.horizonDays} day${result.horizonDays === 1 ? '' : 's'} · hash `),
    el('code', { 'data-testid': 'hash' }, result.hash),
    el('span', { class: 'muted', title: `${wallMs} ms in the engine worker` }, ` · ${result.perf.events.toLocaleString('en-US')} events`),
    result.invariants.violations.length > 0 ? el('strong', { class: 'bad', 'data-testid': 'violations' }, ` · ${result.invariants.violations.length} invariant violations`) : '',
  );
  const numbers = byId('key-numbers');
  showKeyNumbers(numbers, keyNumbers(result, visuals));
  showCharts(byId('chart'), visuals, (sku) => showKeyNumbers(numbers, keyNumbers(result, visuals, sku)));
  stopFloor();
  stopFloor = showFloor(byId('floor'), visuals);
  showSequence(byId('follow'), run.journeys, run.hasOms, run.channels);
}

async function main(): Promise<void> {
  setStatus('running', 'starting the engine…');
  let catalog: EngineCatalog;
  try {
    catalog = await engine.describe();
  } catch (error) {
    setStatus('error', `the engine did not start: ${message(error)}`);
    return;
  }
  const scenarioPicker = byId<HTMLSelectElement>('scenario');
  for (const s of catalog.scenarios) scenarioPicker.append(el('option', { value: s.name }, s.name));
  const formA = new ParameterForm('a', catalog);
  const formB = new ParameterForm('b', catalog);
  byId('knobs').replaceChildren(formA.element);
  byId('compare-knobs').replaceChildren(formB.element);
  const entry = (): ScenarioEntry => catalog.scenarios.find((s) => s.name === scenarioPicker.value) ?? catalog.scenarios[0]!;

  const run = async () => {
    let parameters: TwinParameters;
    try {
      parameters = formA.read();
    } catch (error) {
      setStatus('error', message(error));
      return;
    }
    const scenario = entry().name;
    await execute(scenario, (onProgress) => engine.run(scenario, parameters, onProgress));
  };

  // Runs one thing on the engine with the progress bar and Cancel, then shows it with the run views.
  const execute = async (scenario: string, call: (onProgress: (p: EngineProgress) => void) => Promise<{ run: TwinRun; wallMs: number }>) => {
    const mine = ++runNumber;
    // A new run replaces one still computing (the engine runs one thing at a time).
    if (running) engine.cancel();
    running = true;
    setStatus('running', `running ${scenario}…`, scenario);
    showRunning(true);
    const onProgress = ({ doneSeconds, horizonSeconds }: { doneSeconds: number; horizonSeconds: number }) => {
      if (mine !== runNumber) return;
      byId<HTMLProgressElement>('progress').value = horizonSeconds > 0 ? doneSeconds / horizonSeconds : 0;
      const day = (doneSeconds / 86_400).toFixed(1);
      setStatus('running', `running ${scenario}… day ${day} of ${horizonSeconds / 86_400}`, scenario);
    };
    try {
      const reply = await call(onProgress);
      if (mine !== runNumber) return;
      running = false;
      showRunning(false);
      showRun(reply.run, reply.wallMs);
      if (currentLesson !== null && currentLesson.scenario === scenario) showLesson(byId('lesson'), currentLesson, reply.run.result.metrics);
      setStatus('done', `ran ${scenario}`, scenario);
    } catch (error) {
      if (mine !== runNumber) return;
      running = false;
      showRunning(false);
      if (error instanceof EngineCancelled) setStatus('cancelled', `cancelled ${scenario}; the results shown are from the run before`, scenario);
      else setStatus('error', message(error), scenario);
    }
  };

  const choose = () => {
    const e = entry();
    byId('scenario-description').textContent = e.description;
    formA.fill(e.parameters);
    formB.fill(e.parameters);
    byId('compare-result').replaceChildren();
    void run();
  };

  scenarioPicker.value = catalog.scenarios.some((s) => s.name === defaults.scenario) ? defaults.scenario : catalog.scenarios[0]!.name;
  scenarioPicker.addEventListener('change', () => {
    currentLesson = null;
    byId('lesson').hidden = true;
    choose();
  });
  byId('run').addEventListener('click', () => void run());
  byId('cancel').addEventListener('click', () => engine.cancel());
  byId('reset').addEventListener('click', () => {
    formA.fill(entry().parameters);
    void run();
  });
  byId('copy-a').addEventListener('click', () => formB.show(formA.current()));
  const compare = async () => {
    const out = byId('compare-result');
    const seeds = Number(byId<HTMLInputElement>('compare-seeds').value);
    try {
      const a = formA.read();
      const b = formB.read();
      out.replaceChildren(el('p', { class: 'muted', 'data-testid': 'compare-status', 'data-state': 'running' }, `running A and B on ${seeds} seeds…`));
      const reply = await engine.compare(entry().name, a, b, seeds);
      showComparison(out, reply.rows, seeds);
    } catch (error) {
      out.replaceChildren(el('p', { class: 'bad', 'data-testid': 'compare-status', 'data-state': 'error' }, message(error)));
    }
  };
  byId('compare').addEventListener('click', () => void compare());

  // Dropped files: recognised, imported and reconciled in the engine worker; the forecast then runs
  // like any scenario, from the user's own snapshot.
  const useFiles = async (list: FileList | null) => {
    if (list === null || list.length === 0) return;
    const files = await Promise.all(Array.from(list).map(async (f) => ({ name: f.name, text: await f.text() })));
    const section = byId('data-section');
    section.hidden = false;
    const out = byId('data');
    out.replaceChildren(el('p', { class: 'muted', 'data-testid': 'data-status', 'data-state': 'running' }, `reading ${files.length} file${files.length === 1 ? '' : 's'}…`));
    let analysis;
    try {
      if (running) engine.cancel();
      analysis = await engine.analyse(files, Number(byId<HTMLInputElement>('data-sync').value), Number(byId<HTMLInputElement>('data-days').value));
    } catch (error) {
      out.replaceChildren(el('p', { class: 'bad', 'data-testid': 'data-status', 'data-state': 'error' }, message(error)));
      return;
    }
    showDroppedAnalysis(out, analysis);
    section.scrollIntoView({ block: 'start' });
    const forecast = analysis.forecast;
    if (forecast !== null) {
      currentLesson = null;
      byId('lesson').hidden = true;
      await execute('your forecast', (onProgress) => engine.runDocument(forecast.document, 'your forecast', onProgress));
    }
  };
  const fileInput = byId<HTMLInputElement>('data-files');
  fileInput.addEventListener('change', () => void useFiles(fileInput.files));
  const dropZone = byId('drop-zone');
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('over');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('over');
    void useFiles(event.dataTransfer?.files ?? null);
  });

  // A lesson runs its scenario as it is; the trigger compares multichannel with and without an OMS.
  const startLesson = (lesson: Lesson) => {
    currentLesson = lesson;
    const scenario = lesson.scenario ?? 'multichannel';
    scenarioPicker.value = scenario;
    choose();
    if (lesson.scenario !== null) {
      showLesson(byId('lesson'), lesson, null);
      byId('lesson').scrollIntoView({ block: 'start' });
      return;
    }
    showLesson(byId('lesson'), lesson, null, 'Here: multichannel as it is (A, with an OMS) against the same operation without one (B), on the same seeds, in "Compare two runs" below; read totalCost, omsCost, oversellCost and stockoutCost there. `baton advise` runs the whole grid of channels and locations.');
    byId('lesson').scrollIntoView({ block: 'start' });
    formB.show({ ...entry().parameters, ownership: 'no-oms' });
    void compare();
  };
  showLessonButtons(byId('lesson-buttons'), lessons, startLesson);
  byId<HTMLInputElement>('compare-seeds').value = String(defaults.compareSeeds);
  choose();
}

void main();
