/**
 * Bad input to a sampling function: `field` names the offending input (e.g. "margin",
 * "population", "sample") so a form can point at it, and the message says, in English, what was
 * given and what is allowed.
 */
export class SamplingInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'SamplingInputError';
  }
}

/**
 * Throws unless `value` is a whole number >= `min` (so not NaN nor infinite). `label` is what the
 * message calls the value when the field name alone is not precise enough.
 */
export function requireWhole(field: string, value: number, min = 0, label = field): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new SamplingInputError(field, `${label} must be a whole number >= ${min}, got ${value}`);
  }
}
