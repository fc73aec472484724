import { Grid, Stack, Switch, Text } from '@mantine/core';
import type { ContractKpi } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { kpiInputUnit, kpiLabel } from '../contractFormat';
import type { AtRiskValues } from './contractValues';
import { useEditor } from './editorContext';
import { NumberField } from './NumberFields';

interface AtRiskFieldsProps {
  /** e.g. "versions.0.phases.1.atRisk" */
  readonly path: string;
  readonly atRisk: AtRiskValues;
  /** the KPIs the phase has a term for: the only ones the pool can share out to */
  readonly kpis: readonly ContractKpi[];
}

/**
 * The at-risk pool: X % of the month's fees at risk, a pool allocation spread over the KPIs,
 * and optionally an earn-back when a KPI beats a stricter target in the following months.
 */
export function AtRiskFields({ path, atRisk, kpis }: AtRiskFieldsProps) {
  const { t } = useTranslation();
  const { form, errorOf } = useEditor();
  const allocationError = errorOf(`${path}.kpiAllocationPercent`);
  return (
    <Stack gap="xs">
      <Switch
        label={t('contracts.atRisk.enabled')}
        description={t('contracts.atRisk.intro')}
        checked={atRisk.enabled}
        onChange={(event) => form.setFieldValue(`${path}.enabled`, event.currentTarget.checked)}
      />
      {atRisk.enabled ? (
        <>
          <Grid gap="xs">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberField
                path={`${path}.percentOfInvoice`}
                label={t('contracts.fields.percentOfInvoice')}
                unit="%"
                required
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberField
                path={`${path}.poolAllocationPercent`}
                label={t('contracts.fields.poolAllocationPercent')}
                description={t('contracts.hints.poolAllocationPercent')}
                unit="%"
                required
              />
            </Grid.Col>
          </Grid>
          <Switch
            label={t('contracts.atRisk.earnBack')}
            description={t('contracts.atRisk.earnBackIntro')}
            checked={atRisk.earnBackEnabled}
            onChange={(event) => form.setFieldValue(`${path}.earnBackEnabled`, event.currentTarget.checked)}
          />
          {atRisk.earnBackEnabled ? (
            <Grid gap="xs">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <NumberField
                  path={`${path}.earnBack.months`}
                  label={t('contracts.fields.months')}
                  unit={t('contracts.units.months')}
                  required
                />
              </Grid.Col>
            </Grid>
          ) : null}
          {kpis.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('contracts.atRisk.noKpi')}
            </Text>
          ) : (
            kpis.map((kpi) => (
              <Grid key={kpi} gap="xs">
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <NumberField
                    path={`${path}.kpiAllocationPercent.${kpi}`}
                    label={t('contracts.atRisk.allocationOf', { kpi: kpiLabel(t, kpi) })}
                    unit="%"
                  />
                </Grid.Col>
                {atRisk.earnBackEnabled ? (
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <NumberField
                      path={`${path}.earnBack.targets.${kpi}`}
                      label={t('contracts.atRisk.earnBackTargetOf', { kpi: kpiLabel(t, kpi) })}
                      unit={kpiInputUnit(t, kpi)}
                    />
                  </Grid.Col>
                ) : null}
              </Grid>
            ))
          )}
          {allocationError ? (
            <Text size="xs" c="red">
              {allocationError}
            </Text>
          ) : null}
          {errorOf(`${path}.earnBack.targets`) ? (
            <Text size="xs" c="red">
              {errorOf(`${path}.earnBack.targets`)}
            </Text>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
