// The report's HTML building blocks: escaping, the page shell with its inline stylesheet, tables.
import { escapeMarkup } from '../format/index.js';

/** Text made safe inside HTML element content and attribute values. */
export const escapeHtml = escapeMarkup;

const stylesheet = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #6b6b70; --rule: #e3e3e8; --accent: #08519c; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fafafa; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 32px 0 8px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 20px 0 6px; }
p.lead { color: var(--muted); margin: 0 0 16px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.numbers { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.number { background: white; border: 1px solid var(--rule); border-radius: 6px; padding: 8px 14px; min-width: 120px; }
.number .value { font-size: 1.3rem; font-weight: 600; color: var(--accent); }
.number .label { font-size: 0.8rem; color: var(--muted); }
figure.chart { margin: 12px 0; background: white; border: 1px solid var(--rule); border-radius: 6px; padding: 10px; overflow-x: auto; }
figure.chart figcaption { font-size: 0.85rem; color: var(--muted); margin-top: 4px; }
table { border-collapse: collapse; background: white; font-size: 0.9rem; }
th, td { border-bottom: 1px solid var(--rule); padding: 4px 10px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
td.mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.note { background: #fff8e1; border: 1px solid #f0d78c; border-radius: 6px; padding: 8px 12px; }
.bad { color: #b2182b; }
section.answers ul { background: white; border: 1px solid var(--rule); border-left: 4px solid var(--accent); border-radius: 6px; padding: 10px 14px 10px 32px; margin: 8px 0; font-size: 1.02rem; }
section.answers li { margin: 4px 0; }
footer { margin-top: 40px; color: var(--muted); font-size: 0.8rem; }
`;

/** A complete, self-contained HTML page: inline stylesheet, no scripts, no external resources. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${stylesheet}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** A table from a header row and body rows of ready-made cell HTML. */
export function htmlTable(header: string[], rows: string[][], className = ''): string {
  const head = `<tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${className ? ` class="${className}"` : ''}><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

/** A chart (already rendered markup) in a figure with an optional caption. */
export function chartFigure(markup: string, caption: string, id: string): string {
  return `<figure class="chart" id="${escapeHtml(id)}">${markup}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}
