// The equivalence classes and transition tables of the Ratliff-Rosenthal dynamic program.
//
// A partial tour subgraph covers the columns (aisles) up to j. Only its trace on column j matters
// for how it can be completed: the degree of the front end a_j and of the back end b_j (zero, odd
// or even and positive) and whether they lie in the same connected component. Every other vertex
// already has its final degree, which must be even, and every component must still reach a_j or
// b_j unless the tour is complete. That leaves seven classes. The tables below are derived once,
// at load time, by applying each move to a small abstract model of the class, so the DP's inner
// loop is a table lookup.

/** The seven classes: degrees of (front end, back end) and the number of components touching them. */
export const State = {
  /** (0, 0), nothing built yet. */
  none: 0,
  /** (0, 0), one component already closed off: the tour is complete. */
  closed: 1,
  /** (odd, odd), one component. */
  odd: 2,
  /** (even, 0), one component. */
  frontOnly: 3,
  /** (0, even), one component. */
  backOnly: 4,
  /** (even, even), one component. */
  joined: 5,
  /** (even, even), two components, one at each end. */
  split: 6,
} as const;
export const stateCount = 7;

/** In-aisle moves: which edges of an aisle's picks-and-ends path are used, and how often. */
export const AisleMove = {
  /** No edge (only for an aisle without picks). */
  none: 0,
  /** Every segment once, end to end. */
  traverse: 1,
  /** Every segment twice. */
  traverseTwice: 2,
  /** From the front end up to the deepest pick and back (the gap at the back is skipped). */
  fromFront: 3,
  /** From the back end down to the shallowest pick and back (the gap at the front is skipped). */
  fromBack: 4,
  /** From both ends, skipping the largest gap between two consecutive picks. */
  largestGap: 5,
} as const;
export const aisleMoveCount = 6;

/** Cross-aisle moves between column j and j + 1: 0, 1 or 2 copies of each edge, index 3 front + back. */
export const crossMoveCount = 9;
/** Copies of the front cross-aisle edge used by each cross move. */
export const crossFrontEdges = Uint8Array.from({ length: crossMoveCount }, (_, m) => Math.floor(m / 3));
/** Copies of the back cross-aisle edge used by each cross move. */
export const crossBackEdges = Uint8Array.from({ length: crossMoveCount }, (_, m) => m % 3);

/** Degree class: 0 none, 1 odd, 2 even and positive. */
type Degree = 0 | 1 | 2;

interface Trace {
  front: Degree;
  back: Degree;
  /** Component id at each end, -1 when that end has degree 0. */
  frontComponent: number;
  backComponent: number;
  closed: boolean;
}

const traces: readonly Trace[] = [
  { front: 0, back: 0, frontComponent: -1, backComponent: -1, closed: false },
  { front: 0, back: 0, frontComponent: -1, backComponent: -1, closed: true },
  { front: 1, back: 1, frontComponent: 0, backComponent: 0, closed: false },
  { front: 2, back: 0, frontComponent: 0, backComponent: -1, closed: false },
  { front: 0, back: 2, frontComponent: -1, backComponent: 0, closed: false },
  { front: 2, back: 2, frontComponent: 0, backComponent: 0, closed: false },
  { front: 2, back: 2, frontComponent: 0, backComponent: 1, closed: false },
];

/** Edges each aisle move adds at the front end and the back end, and whether it joins them. */
const aisleMoveEffects: readonly [number, number, boolean][] = [
  [0, 0, false],
  [1, 1, true],
  [2, 2, true],
  [2, 0, false],
  [0, 2, false],
  [2, 2, false],
];

// Fresh component ids for ends that gain their first edge (existing ids are 0 and 1).
const newFrontComponent = 2;
const newBackComponent = 3;

function addEdges(degree: Degree, edges: number): Degree {
  if (edges === 0) return degree;
  if (edges % 2 === 0) return degree === 0 ? 2 : degree;
  return degree === 1 ? 2 : 1;
}

function classify(t: Trace): number {
  const hasFront = t.frontComponent >= 0;
  const hasBack = t.backComponent >= 0;
  if (t.closed) return hasFront || hasBack ? -1 : State.closed;
  if (!hasFront && !hasBack) return State.none;
  if (hasFront && hasBack) {
    const same = t.frontComponent === t.backComponent;
    if (t.front === 1 && t.back === 1) return same ? State.odd : -1;
    if (t.front === 1 || t.back === 1) return -1;
    return same ? State.joined : State.split;
  }
  if (hasFront) return t.front === 2 ? State.frontOnly : -1;
  return t.back === 2 ? State.backOnly : -1;
}

function applyAisleMove(state: number, move: number): number {
  const [frontEdges, backEdges, joins] = aisleMoveEffects[move]!;
  if (frontEdges === 0 && backEdges === 0) return state;
  const t = { ...traces[state]! };
  // A closed tour cannot grow: the new edges would form a second, unreachable component.
  if (t.closed) return -1;
  if (frontEdges > 0 && t.frontComponent < 0) t.frontComponent = newFrontComponent;
  if (backEdges > 0 && t.backComponent < 0) t.backComponent = newBackComponent;
  if (joins) t.backComponent = t.frontComponent;
  t.front = addEdges(t.front, frontEdges);
  t.back = addEdges(t.back, backEdges);
  return classify(t);
}

function applyCrossMove(state: number, move: number): number {
  const frontEdges = crossFrontEdges[move]!;
  const backEdges = crossBackEdges[move]!;
  const t = traces[state]!;
  if (t.closed) return frontEdges === 0 && backEdges === 0 ? State.closed : -1;
  // The ends of column j get no edge after this move: their final degree must be even.
  if (addEdges(t.front, frontEdges) === 1 || addEdges(t.back, backEdges) === 1) return -1;
  const nextFront = frontEdges > 0 ? (t.frontComponent >= 0 ? t.frontComponent : newFrontComponent) : -1;
  const nextBack = backEdges > 0 ? (t.backComponent >= 0 ? t.backComponent : newBackComponent) : -1;
  const alive = new Set([t.frontComponent, t.backComponent].filter((c) => c >= 0));
  const continuing = new Set([nextFront, nextBack].filter((c) => c >= 0));
  let closing = 0;
  for (const c of alive) if (!continuing.has(c)) closing += 1;
  if (closing > 0) {
    // A component left behind can never be joined again, so it must be the whole tour.
    return closing === 1 && continuing.size === 0 ? State.closed : -1;
  }
  return classify({
    front: frontEdges as Degree,
    back: backEdges as Degree,
    frontComponent: nextFront,
    backComponent: nextBack,
    closed: false,
  });
}

/** aisleTransition[state * aisleMoveCount + move]: the class after the move, or -1 if infeasible. */
export const aisleTransition = Int8Array.from({ length: stateCount * aisleMoveCount }, (_, i) =>
  applyAisleMove(Math.floor(i / aisleMoveCount), i % aisleMoveCount),
);

/** crossTransition[state * crossMoveCount + move]: the class in column j + 1, or -1 if infeasible. */
export const crossTransition = Int8Array.from({ length: stateCount * crossMoveCount }, (_, i) =>
  applyCrossMove(Math.floor(i / crossMoveCount), i % crossMoveCount),
);

/** Whether the front end has degree 0 in a class (the depot's column must not leave it so). */
export const frontBare = Uint8Array.from(traces, (t) => (t.frontComponent < 0 ? 1 : 0));

/** Feasible cross moves listed per class, so the DP loops only over those: class s owns entries
 * crossOptionStart[s] .. crossOptionStart[s + 1] - 1 of crossOptionMove / crossOptionTarget. */
export const crossOptionStart = new Uint8Array(stateCount + 1);
export const crossOptionMove = new Int8Array(crossTransition.filter((t) => t >= 0).length);
export const crossOptionTarget = new Int8Array(crossOptionMove.length);
for (let s = 0, n = 0; s < stateCount; s += 1) {
  crossOptionStart[s] = n;
  for (let m = 0; m < crossMoveCount; m += 1) {
    const t = crossTransition[s * crossMoveCount + m]!;
    if (t < 0) continue;
    crossOptionMove[n] = m;
    crossOptionTarget[n] = t;
    n += 1;
  }
  crossOptionStart[s + 1] = n;
}

/** Cross-aisle edges (front plus back copies) used by each cross move. */
export const crossEdgeCount = Uint8Array.from({ length: crossMoveCount }, (_, m) => crossFrontEdges[m]! + crossBackEdges[m]!);
