import type { MantineColor } from '@mantine/core';

/**
 * Series colours, distinct for the usual handful of vendors and never red or green, which the
 * dashboards keep for "missed" and "met".
 */
const PALETTE: readonly MantineColor[] = [
  'indigo.6',
  'orange.6',
  'cyan.7',
  'grape.6',
  'yellow.7',
  'pink.6',
  'blue.4',
  'gray.7',
];

export function seriesColor(index: number): MantineColor {
  return PALETTE[index % PALETTE.length] ?? 'indigo.6';
}

/** The colour of a target line. */
export const TARGET_COLOR: MantineColor = 'red.7';
