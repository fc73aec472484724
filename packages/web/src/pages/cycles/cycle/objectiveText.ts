import type { CycleObjective } from '@vigie/core';
import type { TFunction } from 'i18next';
import { formatPercent } from '../../../format';

/** "At most 5 % of calls" / "At least 80 % of calls". */
export function objectiveText(t: TFunction, objective: CycleObjective): string {
  const target = formatPercent(objective.target, 1);
  return objective.direction === 'at_least'
    ? t('cycles.objectives.atLeast', { target })
    : t('cycles.objectives.atMost', { target });
}
