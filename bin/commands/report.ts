// `baton report RESULTS --out FILE.html`: one self-contained HTML page from a run folder, a sweep
// folder or a result JSON file, written atomically.
import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { InputError } from '../../scenarios/errors.js';
import { writeFailureReason, writeFileAtomic } from '../../scenarios/files.js';
import { readReportInput, renderReport } from '../../viz/report/index.js';

interface ReportArgs {
  results: string;
  out: string;
}

export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report <results>',
  describe: 'draw an HTML report of a run folder (baton run --out), a sweep folder or a result JSON file',
  builder: (y) =>
    y
      .positional('results', { type: 'string', demandOption: true, describe: 'run output folder, sweep output folder, or result JSON file' })
      .option('out', { type: 'string', demandOption: true, describe: 'the HTML file to write' }) as never,
  handler: (args) => {
    if (!/\.html?$/i.test(args.out)) throw InputError.of({ path: '--out', value: args.out, message: 'the report is an HTML file: give a name ending in .html' });
    const html = renderReport(readReportInput(args.results));
    const target = resolve(args.out);
    try {
      writeFileAtomic(target, html);
    } catch (error) {
      throw InputError.of({ file: target, path: '--out', value: args.out, message: `cannot write the report: ${writeFailureReason(error)}` });
    }
    process.stdout.write(`wrote ${target}\n`);
  },
};
