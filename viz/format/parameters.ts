// A varied parameter's value as a person reads it in a table, a chart label or a sentence: text bare,
// numbers and short JSON as JSON, a list of named things (channels, warehouses) by their names, and
// anything long cut to its size, so a whole channel list never fills a terminal line.

const defaults = { maxJson: 40 };

/** "amazon+shopify" for named items, "[3 items]" or short JSON otherwise. */
export function formatParameterValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length > 0 && value.every((item) => item !== null && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string')) {
    return value.map((item) => (item as { name: string }).name).join('+');
  }
  const json = JSON.stringify(value) ?? String(value);
  if (json.length <= defaults.maxJson) return json;
  if (Array.isArray(value)) return `[${value.length} items]`;
  if (value !== null && typeof value === 'object') return `{${Object.keys(value).length} fields}`;
  return json;
}
