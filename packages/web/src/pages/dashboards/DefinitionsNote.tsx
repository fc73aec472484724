import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiSettings } from '../../api/kpi';
import { formatNumber } from '../../format';

/**
 * The formulas behind the figures, from the workspace's settings: a service level over offered
 * and one over answered are different numbers, and DOMAIN.md wants the variant always named.
 */
export function DefinitionsNote({ settings }: { readonly settings: KpiSettings | undefined }) {
  const { t } = useTranslation();
  if (!settings) return null;
  const short = formatNumber(settings.shortAbandonSeconds);
  return (
    <Text size="xs" c="dimmed" component="p" m={0} data-testid="kpi-definitions">
      {t('dashboards.definitions.serviceLevel', {
        seconds: formatNumber(settings.serviceLevelThresholdSeconds),
        denominator: t(`dashboards.definitions.variant.${settings.serviceLevelVariant}`),
      })}{' '}
      {settings.excludeShortAbandons
        ? t('dashboards.definitions.shortExcluded', { seconds: short })
        : t('dashboards.definitions.shortIncluded', { seconds: short })}{' '}
      {t('dashboards.definitions.fcr', { count: settings.fcrWindowDays })}{' '}
      {t('dashboards.definitions.seconds')} {t('dashboards.definitions.surveys')}
    </Text>
  );
}
