import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { TargetKpi } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import type { RowTarget } from '../../../api/kpi';
import { formatTarget } from './kpiFormat';

interface TargetBadgeProps {
  readonly kpi: TargetKpi;
  readonly target: RowTarget | undefined;
}

/**
 * Met or missed, said three ways (colour, icon, word) so that it reads without colour vision;
 * the target itself is in the tooltip and, for screen readers, in the badge's text.
 */
export function TargetBadge({ kpi, target }: TargetBadgeProps) {
  const { t } = useTranslation();
  if (!target || target.status === null) return null;
  const met = target.status === 'met';
  const Icon = met ? IconCheck : IconX;
  const goal = formatTarget(kpi, target.target);
  return (
    <Tooltip label={t('dashboards.target.tooltip', { target: goal })} withArrow>
      <Badge
        size="xs"
        variant="light"
        color={met ? 'teal' : 'red'}
        leftSection={<Icon size={10} stroke={3} aria-hidden />}
        data-status={target.status}
      >
        {met ? t('dashboards.target.met') : t('dashboards.target.missed')}
        <VisuallyHidden>{t('dashboards.target.srTarget', { target: goal })}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
