import type { SampleDraw, SamplePlan } from '../../../api/samples';

/**
 * The size the server asked the draw for: the given number or the margin's size, at most the
 * population (`exact` is rounded to the nearest call, as core's sampleSize does). It differs from
 * the number drawn only when the minimum per stratum asked for more calls than that.
 */
export function requestedSize(draw: SampleDraw): number {
  const d = draw.sizeDetail;
  const asked = d.mode === 'fixed' ? d.requested : Math.max(1, Math.round(d.exact));
  return Math.min(asked, draw.populationSize);
}

/** The file the population CSV downloads as (the server's Content-Disposition name). */
export function populationFileName(planId: string): string {
  return `population-${planId}.csv`;
}

/**
 * The `vigie sample` command that draws the very same calls from the downloaded population: the
 * size is given as a number, so the check does not depend on the margin-of-error formula.
 */
export function checkCommand(plan: SamplePlan, draw: SampleDraw): string {
  const parts = [
    'vigie sample',
    `--population ${populationFileName(plan.id)}`,
    `--size ${requestedSize(draw)}`,
  ];
  if (plan.strata.by !== 'none') {
    parts.push(
      '--strata stratum',
      `--strata-mode ${plan.strata.mode}`,
      `--min-per-stratum ${plan.strata.minPerStratum}`,
    );
  }
  parts.push(`--seed ${draw.seed}`);
  return parts.join(' ');
}
