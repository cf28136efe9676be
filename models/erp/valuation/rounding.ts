// Exact integer rounding for prorating cents, immune to float error and to products past 2^53.

/**
 * round(a * b / divisor) with halves rounded up, for non-negative integers a, b and positive divisor.
 * Uses BigInt only when a * b leaves the safe integer range.
 */
export function mulDivRoundHalfUp(a: number, b: number, divisor: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) {
    let quotient = Math.floor(product / divisor);
    let remainder = product - quotient * divisor;
    // The float quotient can be one off near integers for large operands; fix it exactly.
    if (remainder < 0) {
      quotient -= 1;
      remainder += divisor;
    } else if (remainder >= divisor) {
      quotient += 1;
      remainder -= divisor;
    }
    return 2 * remainder >= divisor ? quotient + 1 : quotient;
  }
  const big = BigInt(a) * BigInt(b);
  const bigDivisor = BigInt(divisor);
  const quotient = big / bigDivisor;
  const remainder = big % bigDivisor;
  return Number(2n * remainder >= bigDivisor ? quotient + 1n : quotient);
}
