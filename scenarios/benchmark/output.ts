// `--out DIR`: leaderboard.json, leaderboard.csv and leaderboard.html, written all or nothing (each to a
// temporary file first, renamed into place only when all three are complete).
import { existsSync, rmSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { commitAll, ensureFolderUndoable, insideFolder, writeTemp } from '../files.js';
import { leaderboardCsv } from './csv.js';
import type { Leaderboard } from './leaderboard.js';

/** The names of the files `writeLeaderboard` writes. */
export const leaderboardFiles = ['leaderboard.json', 'leaderboard.csv', 'leaderboard.html'] as const;

/** Throws an InputError when `folder` cannot be an output folder (a file is in the way). */
export function checkOutFolder(folder: string): void {
  if (existsSync(folder) && !statSync(folder).isDirectory()) throw InputError.of({ path: '--out', value: folder, message: 'is a file, not a folder' });
}

/** Writes the three files into `folder`; `html` is the rendered page. Returns their paths. */
export function writeLeaderboard(folder: string, board: Leaderboard, html: string): string[] {
  checkOutFolder(folder);
  const { base, undo } = ensureFolderUndoable(folder);
  const staged: Array<{ temp: string; target: string }> = [];
  const contents = [`${JSON.stringify(board, null, 2)}\n`, leaderboardCsv(board), html];
  try {
    leaderboardFiles.forEach((name, i) => {
      const target = insideFolder(base, name);
      staged.push({ temp: writeTemp(target, contents[i]!), target });
    });
    commitAll(staged);
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    undo();
    throw error;
  }
  return staged.map((s) => s.target);
}
