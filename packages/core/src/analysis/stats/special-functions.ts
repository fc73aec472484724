/**
 * The special functions the tests need: log-factorials (Fisher's exact test), the normal tail (the z
 * test), the normal quantile (sample sizes) and the chi-square tail (goodness of fit). JavaScript
 * has neither `lgamma` nor `erfc`.
 */

/** Below this, ln n! comes from a table of exact sums; above, from Stirling's series. */
const TABLE_SIZE = 1024;

const LOG_FACTORIALS: Float64Array = (() => {
  const table = new Float64Array(TABLE_SIZE);
  for (let i = 2; i < TABLE_SIZE; i++) table[i] = (table[i - 1] ?? 0) + Math.log(i);
  return table;
})();

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln(n!) for a whole n >= 0. Stable for n in the millions: a product of factorials overflows long
 * before, so Fisher's test works with differences of logs instead. Stirling's series truncated
 * after the n⁻⁵ term errs by less than 1 / (1680 n⁷), below double precision for n >= 1024.
 */
export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new Error(`logFactorial: ${n} is not a whole number >= 0`);
  if (n < TABLE_SIZE) return LOG_FACTORIALS[n] ?? 0;
  const inv = 1 / n;
  const inv2 = inv * inv;
  return (
    n * Math.log(n) -
    n +
    0.5 * Math.log(n) +
    HALF_LOG_TWO_PI +
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260))
  );
}

/**
 * Complementary error function, Chebyshev fit of Numerical Recipes (`erfcc`): relative error below
 * 1.2e-7 everywhere, ample for a p-value shown to a few digits, and no catastrophic cancellation in
 * the far tail where `1 - erf(x)` would round to 0.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(-z * z + poly);
  return x >= 0 ? value : 2 - value;
}

/** Two-sided p-value of a standard normal statistic: P(|Z| >= |z|). */
export function twoSidedNormalP(z: number): number {
  if (Number.isNaN(z)) throw new Error('twoSidedNormalP: z is NaN');
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

/**
 * Inverse of the standard normal CDF: the z with P(Z <= z) = p. Wichura's algorithm AS 241
 * (PPND16, Applied Statistics 37(3), 1988): three rational fits, relative error about 1e-16, so a
 * sample size or interval built on it does not inherit an approximation error. Throws outside (0, 1),
 * where the quantile is infinite or undefined.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new Error(`normalQuantile: p (${p}) must be in (0, 1)`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    // Central region, 0.075 <= p <= 0.925.
    const r = 0.180625 - q * q;
    return q * rational(r, CENTRAL_NUM, CENTRAL_DEN);
  }
  // Tails: from the smaller of p and 1 - p, never from 1 - p when p is tiny (it would round to 1).
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const z = r <= 5 ? rational(r - 1.6, NEAR_NUM, NEAR_DEN) : rational(r - 5, FAR_NUM, FAR_DEN);
  return q < 0 ? -z : z;
}

/** Σ num[i] x^i / Σ den[i] x^i, both by Horner's rule. */
function rational(x: number, num: readonly number[], den: readonly number[]): number {
  let n = 0;
  for (let i = num.length - 1; i >= 0; i--) n = n * x + (num[i] ?? 0);
  let d = 0;
  for (let i = den.length - 1; i >= 0; i--) d = d * x + (den[i] ?? 0);
  return n / d;
}

// AS 241 coefficients, lowest degree first, as the doubles nearest the published 20-digit values.
const CENTRAL_NUM = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const CENTRAL_DEN = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const NEAR_NUM = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const NEAR_DEN = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const FAR_NUM = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const FAR_DEN = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

/** Lanczos coefficients (g = 7, 9 terms): relative error of ln Γ near 1e-15 for x > 0. */
const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
  12.507343278686905, -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7,
];

/**
 * ln Γ(x) for x > 0 (Lanczos approximation). `logFactorial` covers whole numbers only; the
 * chi-square law needs Γ at half-integers (odd degrees of freedom).
 */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new Error(`logGamma: x (${x}) must be a finite number > 0`);
  // The series is written for Γ(z + 1) with z >= -0.5; below, step up with Γ(x) = Γ(x + 1) / x.
  if (x < 0.5) return logGamma(x + 1) - Math.log(x);
  const z = x - 1;
  let sum = LANCZOS[0] ?? 1;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Relative precision at which the incomplete-gamma series and continued fraction stop. */
const GAMMA_EPSILON = 1e-15;
/** Keeps the continued fraction's denominators away from 0 (Lentz's method). */
const TINY = 1e-300;
/** Far more than needed: both expansions take O(√a) steps, a few hundred for a = 10⁵. */
const MAX_ITERATIONS = 100_000;

/** P(a, x) by its power series, for x < a + 1 where it converges fast. */
function lowerGammaSeries(a: number, x: number, logPrefix: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * GAMMA_EPSILON) return sum * Math.exp(logPrefix);
  }
  throw new Error(`regularized gamma: series did not converge for a = ${a}, x = ${x}`);
}

/** Q(a, x) by its continued fraction (modified Lentz), for x >= a + 1. */
function upperGammaFraction(a: number, x: number, logPrefix: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < GAMMA_EPSILON) return h * Math.exp(logPrefix);
  }
  throw new Error(`regularized gamma: continued fraction did not converge for a = ${a}, x = ${x}`);
}

/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), as in Numerical Recipes (`gammq`):
 * the series gives P = 1 - Q below x = a + 1, the continued fraction gives Q directly above, so a
 * small upper tail is never the difference of two numbers close to 1.
 */
function regularizedGammaQ(a: number, x: number): number {
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) return Math.max(0, 1 - lowerGammaSeries(a, x, logPrefix));
  return Math.min(1, upperGammaFraction(a, x, logPrefix));
}

/**
 * Upper tail of the chi-square law with `df` degrees of freedom: P(X >= x), the p-value of a
 * chi-square test whose statistic is `x`. Equal to Q(df / 2, x / 2). Relative error below 1e-12 for
 * the degrees of freedom of a categorical comparison (up to hundreds), also far in the tail (1.6e-37
 * at x = 200, df = 10); it grows slowly with df as ln Γ(df / 2) gets large (1e-10 at df = 10⁵).
 */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0) || !Number.isFinite(df))
    throw new Error(`chiSquareSurvival: df (${df}) must be a finite number > 0`);
  if (!(x >= 0)) throw new Error(`chiSquareSurvival: x (${x}) must be a number >= 0`);
  return regularizedGammaQ(df / 2, x / 2);
}
