// Logarithm, exponential and power that give the same bits on every JavaScript engine. Math.log,
// Math.exp, Math.pow and Math.log1p are only required to be approximations, and their last bits
// differ between V8 versions (Node 20 and a current Chromium disagree on about half of all inputs), so
// a run that draws from them would hash differently in the browser twin or on another Node. These are
// built from +, -, *, / and the exponent bits only, which IEEE 754 defines exactly. ln, exp and ln1p
// are within one unit in the last place of the true value; pow, as exp(y ln x), within about
// |y ln x| + 1 units.

const SQRT2 = Math.SQRT2;
/** ln 2 split so that k * LN2_HI is exact for any exponent k: the leading 21 bits, then the rest. */
const LN2_HI = 0.6931467056274414;
const LN2_LO = 4.7493250390316726e-7;
const INV_LN2 = 1.4426950408889634;
const TWO_54 = 18014398509481984;
/** exp overflows above this, and underflows to 0 below EXP_UNDERFLOW. */
const EXP_OVERFLOW = 709.782712893384;
const EXP_UNDERFLOW = -745.1332191019412;

// Coefficients of 2 atanh(s) / s - 2 = sum over n >= 1 of 2 z^n / (2n + 1), z = s * s; with
// |s| <= 3 - 2 sqrt 2 twelve terms reach below 2^-60. Each is one IEEE division, so exact everywhere.
const A1 = 2 / 3, A2 = 2 / 5, A3 = 2 / 7, A4 = 2 / 9, A5 = 2 / 11, A6 = 2 / 13;
const A7 = 2 / 15, A8 = 2 / 17, A9 = 2 / 19, A10 = 2 / 21, A11 = 2 / 23, A12 = 2 / 25;
// Taylor coefficients 1/n! for n = 2..14 of e^r on |r| <= ln2 / 2 (the factorials are exact integers).
const E2 = 1 / 2, E3 = 1 / 6, E4 = 1 / 24, E5 = 1 / 120, E6 = 1 / 720, E7 = 1 / 5040, E8 = 1 / 40320;
const E9 = 1 / 362880, E10 = 1 / 3628800, E11 = 1 / 39916800, E12 = 1 / 479001600;
const E13 = 1 / 6227020800, E14 = 1 / 87178291200;

const word = new Float64Array(1);
const halves = new Uint32Array(word.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** UNSCALE[e] = 2^(1023 - e) for every biased exponent e of a normal double: x * UNSCALE[e] is x's mantissa in [1, 2), exactly. */
const UNSCALE = new Float64Array(2047);
UNSCALE[1023] = 1;
for (let e = 1024; e <= 2046; e++) UNSCALE[e] = UNSCALE[e - 1]! * 0.5;
for (let e = 1022; e >= 1; e--) UNSCALE[e] = UNSCALE[e + 1]! * 2;

/** TWO_TO[k + 1022] = 2^k for integer k in [-1022, 1023] (doublings and halvings are exact). */
const TWO_TO = new Float64Array(2046);
TWO_TO[1022] = 1;
for (let k = 1; k <= 1023; k++) TWO_TO[k + 1022] = TWO_TO[k + 1021]! * 2;
for (let k = -1; k >= -1022; k--) TWO_TO[k + 1022] = TWO_TO[k + 1023]! * 0.5;

/** 2^k for integer k in [-1022, 1023]. */
function powerOfTwo(k: number): number {
  return TWO_TO[k + 1022]!;
}

/** The natural logarithm of x: NaN below 0, -Infinity at 0. */
export function ln(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= TWO_54;
    k = -54;
  }
  word[0] = x;
  const biased = (halves[HIGH]! >>> 20) & 0x7ff;
  k += biased - 1023;
  let m = x * UNSCALE[biased]!;
  if (m > SQRT2) {
    m *= 0.5;
    k += 1;
  }
  // log(1 + f) = f - (f^2/2 - s (f^2/2 + R)), s = f / (2 + f), R the atanh series' tail: the big
  // term f is exact, and the correction is small.
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  // Odd and even powers of z in two independent chains (w = z^2), so they evaluate side by side.
  const w = z * z;
  const odd = z * (A1 + w * (A3 + w * (A5 + w * (A7 + w * (A9 + w * A11)))));
  const even = w * (A2 + w * (A4 + w * (A6 + w * (A8 + w * (A10 + w * A12)))));
  const r = odd + even;
  const halfSquare = 0.5 * f * f;
  return k * LN2_HI + (f - (halfSquare - (s * (halfSquare + r) + k * LN2_LO)));
}

/** e to the power x. */
export function exp(x: number): number {
  if (x !== x) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  // r (1/2 + r/6 + ... ) in two chains of even and odd powers (q = r^2), evaluated side by side.
  const q = r * r;
  const tail = r * (E2 + q * (E4 + q * (E6 + q * (E8 + q * (E10 + q * (E12 + q * E14)))))) + q * (E3 + q * (E5 + q * (E7 + q * (E9 + q * (E11 + q * E13)))));
  // e^r = 1 + r + r^2 (1/2 + r/6 + ...), summed small terms first.
  const er = 1 + (r + r * tail);
  if (k >= -1022 && k <= 1023) return er * powerOfTwo(k);
  if (k > 1023) return er * powerOfTwo(1023) * powerOfTwo(k - 1023);
  return er * powerOfTwo(k + 54) * powerOfTwo(-54);
}

/** ln(1 + x), accurate for x near 0: NaN below -1, -Infinity at -1. */
export function ln1p(x: number): number {
  if (!(x >= -1)) return NaN;
  if (x === -1) return -Infinity;
  if (Math.abs(x) < 5.551115123125783e-17) return x;
  const u = 1 + x;
  if (u === 1) return x;
  // u - 1 is exact; (x - (u - 1)) / u corrects for the rounding in 1 + x.
  return ln(u) + (x - (u - 1)) / u;
}

/** x to the power y for x >= 0 (as exp(y ln x), so within about |y ln x| + 1 ulp); a negative base is a RangeError. */
export function pow(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x < 0) throw new RangeError(`pow: the base must be >= 0, got ${x}`);
  if (y === 0 || x === 1) return 1;
  if (x === 0) return y > 0 ? 0 : Infinity;
  return exp(y * ln(x));
}
