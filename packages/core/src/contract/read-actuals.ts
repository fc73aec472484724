import type { Actuals } from './actuals.ts';
import { exact, type Fraction, ZERO } from './exact.ts';
import { explanationText } from './explain-text.ts';
import { type Explanation, explain } from './explanation.ts';

/** The warnings of a statement as they are collected: each English text beside its explanation. */
export interface Warnings {
  readonly texts: string[];
  readonly explained: Explanation[];
}

export function newWarnings(): Warnings {
  return { texts: [], explained: [] };
}

/** A quantity read from the actuals, with the trace of where it came from. */
export interface Reading {
  readonly value: Fraction;
  readonly input: string;
}

type NumericField = 'minutes' | 'loggedInHours' | 'productiveHours' | 'fte' | 'forecastVolume';

/** A monthly figure; a missing one counts as 0, with a warning, so the statement still shows the line. */
export function readField(
  actuals: Actuals,
  field: NumericField,
  warnings: Warnings,
  from = 'actuals',
): Reading {
  const value = actuals[field];
  if (value === undefined) {
    note(warnings, explain('warning.missing_quantity', { field }));
    return { value: ZERO, input: `${from}.${field} (missing) = 0` };
  }
  return { value: exact(value), input: `${from}.${field} = ${value}` };
}

/**
 * Handled contacts of one channel, or of all channels when the line names none. `from` names
 * where they were read in the line's input (the month's actuals, or a segment's days).
 */
export function readContacts(
  actuals: Actuals,
  channel: string | undefined,
  warnings: Warnings,
  from = 'actuals',
): Reading {
  const volumes = actuals.volumes ?? {};
  if (channel === undefined) {
    const entries = Object.entries(volumes);
    const total = entries.reduce((sum, [, n]) => sum + n, 0);
    const detail = entries.map(([c, n]) => `${c} ${n}`).join(' + ');
    return {
      value: exact(total),
      input: `${from}.volumes (all channels${detail ? `: ${detail}` : ''}) = ${total}`,
    };
  }
  const n = volumes[channel];
  if (n === undefined) {
    note(warnings, explain('warning.missing_quantity', { field: 'volumes', channel }));
    return { value: ZERO, input: `${from}.volumes.${channel} (missing) = 0` };
  }
  return { value: exact(n), input: `${from}.volumes.${channel} = ${n}` };
}

export function readOutcomes(actuals: Actuals, outcome: string, warnings: Warnings): Reading {
  const n = actuals.outcomes?.[outcome];
  if (n === undefined) {
    note(warnings, explain('warning.missing_quantity', { field: 'outcomes', outcome }));
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

/** Adds a warning once (two segments of a month read the same input), with its English text. */
export function note(warnings: Warnings, explained: Explanation): void {
  const message = explanationText(explained, 'en');
  if (warnings.texts.includes(message)) return;
  warnings.texts.push(message);
  warnings.explained.push(explained);
}
