// Printing helpers shared by the commands: `--json` writes only JSON to stdout.

/** Writes one JSON document and a newline to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Writes aligned rows (first column left, others right-aligned). */
export function printTable(rows: string[][], header?: string[]): void {
  const all = header ? [header, ...rows] : rows;
  const widths = all[0]!.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  if (header) {
    process.stdout.write(`${line(header)}\n`);
    process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  }
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
}
