// Orders and lines the replay places, counted per distinct text of the export's warehouse and region
// columns (when the preset or column map has them). The replay runs every order from one warehouse
// and has no regions: these counts, in the report, are all the import makes of the two columns.

/** The columns counted. */
export const placedKeys = ['warehouse', 'region'] as const;
export type PlacedKey = (typeof placedKeys)[number];

/** Counts as plain data (to cross threads): per key, its column and [value, orders, lines] rows. */
export type PlacedSnapshot = Partial<Record<PlacedKey, { column: string; rows: [string, number, number][] }>>;

/** One key's section of the report. */
export interface PlacedReport {
  column: string;
  /** Distinct values met (an empty cell is the value ""). */
  distinct: number;
  /** The most common values (by lines, then orders, then value), at most the report's limit. */
  values: { value: string; orders: number; lines: number }[];
}

/** Orders and lines per distinct warehouse and region value. */
export class PlacedCounts {
  private readonly byKey = new Map<PlacedKey, { column: string; values: Map<string, [number, number]> }>();

  /** Counts a placed line under `value` of `key` (read from `column`); `newOrder` when it is its order's first line. */
  add(key: PlacedKey, column: string, value: string, newOrder: boolean): void {
    this.bump(key, column, value, newOrder ? 1 : 0, 1);
  }

  private bump(key: PlacedKey, column: string, value: string, orders: number, lines: number): void {
    let counts = this.byKey.get(key);
    if (counts === undefined) this.byKey.set(key, (counts = { column, values: new Map() }));
    const at = counts.values.get(value);
    if (at === undefined) counts.values.set(value, [orders, lines]);
    else {
      at[0] += orders;
      at[1] += lines;
    }
  }

  /** The counts as plain data. */
  snapshot(): PlacedSnapshot {
    const out: PlacedSnapshot = {};
    for (const [key, { column, values }] of this.byKey) out[key] = { column, rows: [...values].map(([value, [orders, lines]]) => [value, orders, lines]) };
    return out;
  }

  /** Adds the counts of other rows of the same import. */
  merge(other: PlacedSnapshot): void {
    for (const key of placedKeys) {
      const part = other[key];
      if (part === undefined) continue;
      for (const [value, orders, lines] of part.rows) this.bump(key, part.column, value, orders, lines);
    }
  }

  /** The report's section: per key counted, its column, distinct values and the top `limit`. */
  report(limit = 100): Partial<Record<PlacedKey, PlacedReport>> {
    const out: Partial<Record<PlacedKey, PlacedReport>> = {};
    for (const key of placedKeys) {
      const counts = this.byKey.get(key);
      if (counts === undefined) continue;
      const values = [...counts.values].map(([value, [orders, lines]]) => ({ value, orders, lines }));
      values.sort((a, b) => b.lines - a.lines || b.orders - a.orders || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      out[key] = { column: counts.column, distinct: values.length, values: values.slice(0, limit) };
    }
    return out;
  }
}
