// `baton explain SCENARIO`: narrates a run handoff by handoff (best with seed-walkthrough).
import type { CommandModule } from 'yargs';
import type { BatonTrace } from '../../models/trace.js';
import { runPipeline } from '../../models/pipeline.js';
import { formatNarration, narrate } from '../../scenarios/explain.js';
import { loadScenario } from '../../scenarios/load.js';
import { MemoryTrace } from '../../sim/index.js';
import { printJson } from '../output.js';
import { adviceSource, runAdvice } from '../../scenarios/advise/index.js';
import { InputError } from '../../scenarios/errors.js';
import { lessonNumber, lessons, type Lesson } from '../../scenarios/lessons.js';
import { adviceParagraph } from '../../viz/advice/index.js';
import { formatMetric } from '../../viz/format/index.js';

interface ExplainArgs {
  scenario?: string;
  lesson?: number;
  limit: number;
  json: boolean;
}

export const explainCommand: CommandModule<object, ExplainArgs> = {
  command: 'explain [scenario]',
  describe: 'narrate each handoff between channel, OMS, WMS and ERP with simulated time and each system\'s number',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', describe: 'scenario file or built-in name (try seed-walkthrough)' })
      .option('lesson', { type: 'number', describe: 'walk lesson N of the article (1 the clean handoff, 2 the oversell, 3 the drift, 4 the trigger)' })
      .option('limit', { type: 'number', default: 200, describe: 'at most this many steps' })
      .option('json', { type: 'boolean', default: false, describe: 'print only JSON' }) as never,
  handler: async (args) => {
    if (!(Number.isInteger(args.limit) && args.limit >= 1 && args.limit <= 1_000_000)) throw InputError.of({ path: '--limit', value: args.limit, message: 'must be a whole number of steps from 1 to 1000000' });
    const lesson = pickLesson(args);
    if (lesson !== null && lesson.scenario === null) return explainTrigger(lesson, args.json);
    const config = loadScenario(lesson?.scenario ?? args.scenario!);
    const trace = new MemoryTrace<BatonTrace>(args.limit * 20);
    const { agents, metrics } = runPipeline(config, { tracer: trace });
    const lines = narrate(trace.records).slice(0, args.limit);
    const { catalog } = agents.ctx;
    const shown = Math.min(catalog.size, 5);
    const numbers = Array.from({ length: shown }, (_, s) => ({
      sku: catalog.codes[s]!,
      physical: agents.warehouses.reduce((sum, w) => sum + w.physicalOnHand(s), 0),
      wmsRecord: agents.warehouses.reduce((sum, w) => sum + w.recordOnHand(s), 0),
      omsAts: agents.oms?.ats(s) ?? null,
      channelViews: Object.fromEntries(agents.channels.map((c) => [c.config.name, c.view(s)])),
      erpQuantity: agents.erp.quantity(s),
      erpValueCents: agents.erp.value(s),
    }));
    const evidence = lesson === null ? [] : lesson.evidence.filter((m) => metrics[m] !== undefined).map((m) => ({ metric: m, value: metrics[m]! }));
    if (args.json) return printJson({ scenario: config.name, seed: config.seed, ...(lesson ? { lesson: lesson.number, evidence } : {}), steps: lines, finalNumbers: numbers });
    if (lesson !== null) process.stdout.write(`Lesson ${lesson.number} of ${lessons.length}: ${lesson.title}\nWhat to look for: ${lesson.lookFor}\n\n`);
    process.stdout.write(`${config.name} (seed ${config.seed}): ${config.description}\n\n`);
    for (const line of formatNarration(lines)) process.stdout.write(`${line}\n`);
    process.stdout.write(`\nEach system's number at the horizon (${config.horizonDays} day(s)):\n`);
    for (const n of numbers) {
      const views = Object.entries(n.channelViews).map(([c, v]) => `${c} ${v}`).join(', ');
      process.stdout.write(`  SKU ${n.sku}: shelf ${n.physical} | WMS record ${n.wmsRecord} | OMS ATS ${n.omsAts ?? 'n/a (no OMS)'} | channel views: ${views} | ERP ${n.erpQuantity} units, $${(n.erpValueCents / 100).toFixed(2)}\n`);
    }
    if (lesson !== null) {
      process.stdout.write(`\nThe numbers that show it:\n${evidence.map((e) => `  ${e.metric} = ${formatMetric(e.metric, e.value)}`).join('\n')}\n`);
      process.stdout.write(`\n${lesson.takeaway}\n${nextLesson(lesson)}\n`);
    }
  },
};

/** The lesson asked for, or null for a plain scenario; exactly one of the two must be given. */
function pickLesson(args: ExplainArgs): Lesson | null {
  if (args.lesson === undefined) {
    if (args.scenario === undefined) throw InputError.of({ path: 'scenario', message: 'name a scenario (try seed-walkthrough) or a lesson with --lesson 1..4' });
    return null;
  }
  if (args.scenario !== undefined) throw InputError.of({ path: '--lesson', value: args.lesson, message: 'give either a scenario or --lesson, not both' });
  const lesson = Number.isInteger(args.lesson) ? lessonNumber(args.lesson) : undefined;
  if (lesson === undefined) throw InputError.of({ path: '--lesson', value: args.lesson, message: `must be a lesson number from 1 to ${lessons.length}` });
  return lesson;
}

function nextLesson(lesson: Lesson): string {
  return lesson.number < lessons.length ? `Next: baton explain --lesson ${lesson.number + 1}` : 'That was the last lesson.';
}

/** The decision lesson: a small `baton advise` of multichannel, answered in one paragraph. */
async function explainTrigger(lesson: Lesson, json: boolean): Promise<void> {
  const { document, label } = adviceSource('multichannel');
  const advice = await runAdvice(document, label, { days: 3, replications: 2 });
  if (json) return printJson({ lesson: lesson.number, breakEven: advice.breakEven, grid: advice.grid });
  process.stdout.write(`Lesson ${lesson.number} of ${lessons.length}: ${lesson.title}\nWhat to look for: ${lesson.lookFor}\n\n`);
  process.stdout.write(`${adviceParagraph(advice, 'USD')}\n\n`);
  const where = advice.breakEven === null ? 'nowhere on the grid' : `${advice.breakEven.channels} channel(s) and ${advice.breakEven.locations} location(s)`;
  process.stdout.write(`The number that shows it: the OMS pays for itself from ${where} (3-day runs x 2 replications; run baton advise for the full answer).\n\n${lesson.takeaway}\n${nextLesson(lesson)}\n`);
}
