import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CycleState } from './cycleState';

const COLORS: Readonly<Record<CycleState, string>> = {
  in_progress: 'blue',
  achieved: 'teal',
  not_achieved: 'orange',
};

/** In progress, or closed with its theme achieved or not. */
export function CycleStateBadge({ state }: { readonly state: CycleState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[state]} data-state={state} data-testid="cycle-state">
      {t(`cycles.state.${state}`)}
    </Badge>
  );
}
