// The canonical single-block routing layout (Roodbergen-de Koster): parallel aisles between a front
// cross aisle (y = 0) and a back cross aisle (y = aisleLength), bins addressed as `A-12-03`.
// Pure functions only: parsing, formatting and validating; routing lives in ./routing/.

/** Geometry of one single-block warehouse, in metres; `depot.aisle` is a 0-based aisle index. */
export interface RoutingLayout {
  aisles: number;
  baysPerAisle: number;
  aisleLength: number;
  aisleSpacing: number;
  depot: { aisle: number };
  /** Highest level number a bin may have; defaults to 99. Levels do not change travel. */
  levels?: number;
  /**
   * Cross aisles, counting the front (y = 0) and the back (y = aisleLength); default 2, one block.
   * k > 2 adds k - 2 middle cross aisles evenly spaced along the aisles, with no width: bays keep
   * their positions, and the picker can change aisles at every cross aisle.
   */
  crossAisles?: number;
}

/** One bin resolved against a layout: `aisle` is 0-based, `bay` and `level` 1-based, x/y in metres. */
export interface PickLocation {
  address: string;
  aisle: number;
  bay: number;
  level: number;
  x: number;
  y: number;
}

/** One problem found in a layout: the field path, the offending value and a readable message. */
export interface LayoutProblem {
  path: string;
  value: unknown;
  message: string;
}

const defaults = {
  levels: 99,
  /** Counts (aisles, bays, levels) above this are treated as a typo, not a warehouse. */
  countMax: 10_000,
  /** Aisle lengths and spacings above this many metres are rejected the same way. */
  metresMax: 10_000,
  /** Longest piece of a bad value echoed back in an error message. */
  echoCharsMax: 40,
};

const layoutKeys = new Set(['aisles', 'baysPerAisle', 'aisleLength', 'aisleSpacing', 'depot', 'levels', 'crossAisles']);
const depotKeys = new Set(['aisle']);
const binPattern = /^([A-Z]+)-(\d{2,})-(\d{2})$/;
const lettersInAlphabet = 26;
const codeOfA = 65;

/** Aisle index (0-based) to letters: 0 -> A, 25 -> Z, 26 -> AA, 27 -> AB (spreadsheet-column style). */
export function aisleLetters(aisle: number): string {
  if (!Number.isInteger(aisle) || aisle < 0) {
    throw new RangeError(`aisle index must be an integer >= 0, got ${describe(aisle)}`);
  }
  let letters = '';
  for (let n = aisle + 1; n > 0; n = Math.floor((n - 1) / lettersInAlphabet)) {
    letters = String.fromCharCode(codeOfA + ((n - 1) % lettersInAlphabet)) + letters;
  }
  return letters;
}

/** Letters to aisle index (0-based), the inverse of `aisleLetters`; letters must be A-Z. */
export function aisleIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i += 1) {
    n = n * lettersInAlphabet + (letters.charCodeAt(i) - codeOfA + 1);
  }
  return n - 1;
}

/** The canonical address of a bin: aisle letters, bay padded to 2 digits, level to 2 digits. */
export function formatBin(aisle: number, bay: number, level: number): string {
  if (!Number.isInteger(bay) || bay < 1) {
    throw new RangeError(`bay must be an integer >= 1, got ${describe(bay)}`);
  }
  if (!Number.isInteger(level) || level < 1 || level > defaults.levels) {
    throw new RangeError(`level must be an integer in 1..${defaults.levels}, got ${describe(level)}`);
  }
  return `${aisleLetters(aisle)}-${pad2(bay)}-${pad2(level)}`;
}

/** Number of cross aisles of a layout (2 when it is a single block). */
function crossAislesOf(layout: RoutingLayout): number {
  return layout.crossAisles ?? 2;
}

/** The y of each cross aisle, front (0) to back (aisleLength), evenly spaced. */
export function crossAislePositions(layout: RoutingLayout): number[] {
  const k = crossAislesOf(layout);
  return Array.from({ length: k }, (_, j) => (j * layout.aisleLength) / (k - 1));
}

/** Resolves a canonical address (`A-12-03`) against a layout; throws a RangeError naming the bin and the fault. */
export function parseBin(address: string, layout: RoutingLayout): PickLocation {
  if (typeof address !== 'string') {
    throw new RangeError(`bin address must be a string, got ${describe(address)}`);
  }
  const shown = describe(address);
  const match = binPattern.exec(address);
  if (match === null) {
    throw new RangeError(
      `bin ${shown} is malformed: expected AISLE-BAY-LEVEL like "A-12-03" ` +
        '(aisle letters A-Z, bay of 2 or more digits, level of 2 digits)',
    );
  }
  const [, letters, bayDigits, levelDigits] = match as unknown as [string, string, string, string];
  const aisle = aisleIndex(letters);
  if (aisle >= layout.aisles) {
    throw new RangeError(
      `bin ${shown}: aisle ${describe(letters)} is beyond the layout's ${layout.aisles} aisles ` +
        `(A..${aisleLetters(layout.aisles - 1)})`,
    );
  }
  const bay = Number(bayDigits);
  if (bay < 1 || bay > layout.baysPerAisle) {
    throw new RangeError(`bin ${shown}: bay ${bay} is outside 1..${layout.baysPerAisle}`);
  }
  const level = Number(levelDigits);
  const levelMax = layout.levels ?? defaults.levels;
  if (level < 1 || level > levelMax) {
    throw new RangeError(`bin ${shown}: level ${level} is outside 1..${levelMax}`);
  }
  const canonical = formatBin(aisle, bay, level);
  if (canonical !== address) {
    // One spelling per bin, so that duplicate picks can be recognised by address alone.
    throw new RangeError(`bin ${shown} is not canonical: write it "${canonical}"`);
  }
  return {
    address,
    aisle,
    bay,
    level,
    x: aisle * layout.aisleSpacing,
    y: ((bay - 0.5) * layout.aisleLength) / layout.baysPerAisle,
  };
}

/** Every problem in an untrusted layout object (empty when it is a valid RoutingLayout). */
export function validateLayout(layout: unknown): LayoutProblem[] {
  if (!isPlainObject(layout)) {
    return [{ path: '', value: layout, message: `layout must be an object, got ${describe(layout)}` }];
  }
  const problems: LayoutProblem[] = [];
  for (const key of Object.keys(layout)) {
    if (!layoutKeys.has(key)) {
      problems.push({ path: key, value: layout[key], message: `unknown key ${describe(key)} in layout` });
    }
  }
  checkCount(problems, 'aisles', layout.aisles, 1, defaults.countMax);
  checkCount(problems, 'baysPerAisle', layout.baysPerAisle, 1, defaults.countMax);
  if (layout.levels !== undefined) {
    checkCount(problems, 'levels', layout.levels, 1, defaults.levels);
  }
  checkMetres(problems, 'aisleLength', layout.aisleLength);
  checkMetres(problems, 'aisleSpacing', layout.aisleSpacing);
  if (layout.crossAisles !== undefined) {
    // Each block must hold at least one bay: no more blocks (crossAisles - 1) than bays.
    const bays = isCount(layout.baysPerAisle, 1, defaults.countMax) ? layout.baysPerAisle : defaults.countMax;
    checkCount(problems, 'crossAisles', layout.crossAisles, 2, bays + 1);
  }
  const depot = layout.depot;
  if (!isPlainObject(depot)) {
    problems.push({ path: 'depot', value: depot, message: `depot must be an object like { "aisle": 0 }, got ${describe(depot)}` });
    return problems;
  }
  for (const key of Object.keys(depot)) {
    if (!depotKeys.has(key)) {
      problems.push({ path: `depot.${key}`, value: depot[key], message: `unknown key ${describe(key)} in depot` });
    }
  }
  const aisles = layout.aisles;
  const aisleMax = isCount(aisles, 1, defaults.countMax) ? aisles - 1 : defaults.countMax - 1;
  checkCount(problems, 'depot.aisle', depot.aisle, 0, aisleMax);
  return problems;
}

/** Returns the layout typed when valid; otherwise throws one RangeError listing every problem. */
export function assertLayout(layout: unknown): RoutingLayout {
  const problems = validateLayout(layout);
  if (problems.length > 0) {
    throw new RangeError(`invalid layout: ${problems.map((p) => p.message).join('; ')}`);
  }
  return layout as RoutingLayout;
}

function checkCount(problems: LayoutProblem[], path: string, value: unknown, min: number, max: number): void {
  if (!isCount(value, min, max)) {
    problems.push({ path, value, message: `${path} must be an integer in ${min}..${max}, got ${describe(value)}` });
  }
}

function checkMetres(problems: LayoutProblem[], path: string, value: unknown): void {
  const ok = typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= defaults.metresMax;
  if (!ok) {
    problems.push({
      path,
      value,
      message: `${path} must be a finite number of metres in (0, ${defaults.metresMax}], got ${describe(value)}`,
    });
  }
}

function isCount(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A short, unambiguous rendering of a bad value for an error message. */
function describe(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > defaults.echoCharsMax ? `${value.slice(0, defaults.echoCharsMax)}...` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
