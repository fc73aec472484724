import { Button, Grid, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { CONTRACT_KPI_NAMES, CONTRACT_KPIS } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { isContractKpi, kpiInputUnit, kpiLabel } from '../contractFormat';
import type { KpiTermValues } from './contractValues';
import { useEditor } from './editorContext';
import { NumberField } from './NumberFields';
import { RuleFields } from './RuleFields';

interface KpiTermFieldsProps {
  /** e.g. "versions.0.phases.1.kpiTerms.0" */
  readonly path: string;
  readonly term: KpiTermValues;
  readonly index: number;
  readonly onRemove: () => void;
}

/** One KPI commitment: KPI, target (a rate typed in %), formula variant, bonus/malus rule. */
export function KpiTermFields({ path, term, index, onRemove }: KpiTermFieldsProps) {
  const { t } = useTranslation();
  const { form, field } = useEditor();
  const kpi = term.kpi;
  const direction = kpi
    ? CONTRACT_KPIS[kpi].better === 'higher'
      ? t('contracts.hints.higherIsBetter')
      : t('contracts.hints.lowerIsBetter')
    : undefined;
  return (
    <Paper withBorder p="xs" bg="gray.0" data-testid={`kpi-term-${index}`}>
      <Stack gap="xs">
        <Grid gap="xs" align="flex-start">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('contracts.fields.kpi')}
              required
              searchable
              data={CONTRACT_KPI_NAMES.map((k) => ({ value: k, label: kpiLabel(t, k) }))}
              {...field(`${path}.kpi`)}
              onChange={(value) => form.setFieldValue(`${path}.kpi`, isContractKpi(value) ? value : null)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <NumberField
              path={`${path}.target`}
              label={t('contracts.fields.target')}
              description={direction}
              unit={kpiInputUnit(t, kpi)}
              required
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <Group justify="flex-end" mt={{ sm: 25 }}>
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                aria-label={t('contracts.kpiTerms.remove', { n: index + 1 })}
                onClick={onRemove}
              >
                {t('contracts.remove')}
              </Button>
            </Group>
          </Grid.Col>
        </Grid>
        <TextInput
          label={t('contracts.fields.variant')}
          description={t('contracts.hints.variant')}
          {...field(`${path}.variant`)}
        />
        <RuleFields path={`${path}.rule`} rule={term.rule} kpi={kpi} />
      </Stack>
    </Paper>
  );
}
