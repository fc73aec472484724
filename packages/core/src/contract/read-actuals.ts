import type { Actuals } from './actuals.ts';
import { exact, type Fraction, ZERO } from './exact.ts';

/** A quantity read from the actuals, with the trace of where it came from. */
export interface Reading {
  readonly value: Fraction;
  readonly input: string;
}

type NumericField = 'minutes' | 'loggedInHours' | 'productiveHours' | 'fte' | 'forecastVolume';

/** A monthly figure; a missing one counts as 0, with a warning, so the statement still shows the line. */
export function readField(actuals: Actuals, field: NumericField, warnings: string[]): Reading {
  const value = actuals[field];
  if (value === undefined) {
    note(warnings, `actuals.${field} is missing: taken as 0`);
    return { value: ZERO, input: `actuals.${field} (missing) = 0` };
  }
  return { value: exact(value), input: `actuals.${field} = ${value}` };
}

/** Handled contacts of one channel, or of all channels when the line names none. */
export function readContacts(actuals: Actuals, channel: string | undefined, warnings: string[]): Reading {
  const volumes = actuals.volumes ?? {};
  if (channel === undefined) {
    const entries = Object.entries(volumes);
    const total = entries.reduce((sum, [, n]) => sum + n, 0);
    const detail = entries.map(([c, n]) => `${c} ${n}`).join(' + ');
    return {
      value: exact(total),
      input: `actuals.volumes (all channels${detail ? `: ${detail}` : ''}) = ${total}`,
    };
  }
  const n = volumes[channel];
  if (n === undefined) {
    note(warnings, `actuals.volumes.${channel} is missing: taken as 0`);
    return { value: ZERO, input: `actuals.volumes.${channel} (missing) = 0` };
  }
  return { value: exact(n), input: `actuals.volumes.${channel} = ${n}` };
}

export function readOutcomes(actuals: Actuals, outcome: string, warnings: string[]): Reading {
  const n = actuals.outcomes?.[outcome];
  if (n === undefined) {
    note(warnings, `actuals.outcomes.${outcome} is missing: taken as 0`);
    return { value: ZERO, input: `actuals.outcomes.${outcome} (missing) = 0` };
  }
  return { value: exact(n), input: `actuals.outcomes.${outcome} = ${n}` };
}

/** The forecast a minimum applies to: the channel's own when the line has a channel, else the total. */
export function readForecast(actuals: Actuals, channel: string | undefined): Reading | null {
  if (channel !== undefined) {
    const n = actuals.forecastByChannel?.[channel];
    return n === undefined ? null : { value: exact(n), input: `actuals.forecastByChannel.${channel} = ${n}` };
  }
  const n = actuals.forecastVolume;
  return n === undefined ? null : { value: exact(n), input: `actuals.forecastVolume = ${n}` };
}

/** Adds a warning once (two segments of a month read the same input). */
export function note(warnings: string[], message: string): void {
  if (!warnings.includes(message)) warnings.push(message);
}
