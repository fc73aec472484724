import { Button, Grid, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ContractKpi } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { kpiInputUnit } from '../contractFormat';
import { emptyRule, emptyStep, RULE_KINDS, type RuleKind, type RuleValues } from './contractValues';
import { useEditor } from './editorContext';
import { MoneyField, NumberField } from './NumberFields';

interface RuleFieldsProps {
  /** e.g. "versions.0.phases.0.kpiTerms.1.rule" */
  readonly path: string;
  readonly rule: RuleValues;
  readonly kpi: ContractKpi | null;
}

const isRuleKind = (v: string | null): v is RuleKind =>
  (RULE_KINDS as readonly (string | null)[]).includes(v);

/** The bonus/malus rule of a KPI term: none, linear per point, tiered steps, or a points scale. */
export function RuleFields({ path, rule, kpi }: RuleFieldsProps) {
  const { t } = useTranslation();
  const { form, errorOf } = useEditor();
  const unit = kpiInputUnit(t, kpi);
  const stepsPath = `${path}.steps`;
  return (
    <Stack gap="xs">
      <Select
        label={t('contracts.fields.ruleKind')}
        allowDeselect={false}
        data={RULE_KINDS.map((k) => ({ value: k, label: t(`contracts.ruleKinds.${k}`) }))}
        value={rule.kind}
        error={errorOf(path)}
        onChange={(value) => {
          if (!isRuleKind(value)) return;
          // keep the amounts typed so far, start the steps afresh only when there were none
          const next = { ...emptyRule(value), ...rule, kind: value };
          if ((value === 'tiered' || value === 'points') && rule.steps.length === 0)
            next.steps = [emptyStep()];
          form.setFieldValue(path, next);
        }}
      />
      {rule.kind === 'linear' ? (
        <Text size="xs" c="dimmed">
          {t('contracts.hints.centsPerPoint')}
        </Text>
      ) : null}
      {rule.kind === 'linear' ? (
        <Grid gap="xs">
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <MoneyField path={`${path}.centsPerPoint`} label={t('contracts.fields.centsPerPoint')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <MoneyField
              path={`${path}.bonusCentsPerPoint`}
              label={t('contracts.fields.bonusCentsPerPoint')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <MoneyField
              path={`${path}.malusCentsPerPoint`}
              label={t('contracts.fields.malusCentsPerPoint')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <MoneyField path={`${path}.capCents`} label={t('contracts.fields.capCents')} required />
          </Grid.Col>
        </Grid>
      ) : null}
      {rule.kind === 'tiered' || rule.kind === 'points' ? (
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t('contracts.hints.steps')}
          </Text>
          {rule.steps.map((step, s) => (
            <Stack key={step.key} gap={2}>
              <Grid gap="xs" align="flex-start">
                <Grid.Col span={{ base: 6, sm: 3 }}>
                  <NumberField
                    path={`${stepsPath}.${s}.from`}
                    label={t('contracts.fields.from')}
                    unit={unit}
                    required
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 3 }}>
                  <NumberField path={`${stepsPath}.${s}.to`} label={t('contracts.fields.to')} unit={unit} />
                </Grid.Col>
                <Grid.Col span={{ base: 8, sm: 4 }}>
                  {rule.kind === 'tiered' ? (
                    <MoneyField
                      path={`${stepsPath}.${s}.amountCents`}
                      label={t('contracts.fields.amountCents')}
                      description={t('contracts.hints.stepAmount')}
                      required
                    />
                  ) : (
                    <NumberField
                      path={`${stepsPath}.${s}.points`}
                      label={t('contracts.fields.points')}
                      required
                    />
                  )}
                </Grid.Col>
                <Grid.Col span={{ base: 4, sm: 2 }}>
                  <Button
                    mt={25}
                    variant="subtle"
                    color="red"
                    fullWidth
                    disabled={rule.steps.length <= 1}
                    aria-label={t('contracts.steps.remove', { n: s + 1 })}
                    onClick={() => form.removeListItem(stepsPath, s)}
                  >
                    <IconTrash size={14} aria-hidden />
                  </Button>
                </Grid.Col>
              </Grid>
              {errorOf(`${stepsPath}.${s}`) ? (
                <Text size="xs" c="red">
                  {errorOf(`${stepsPath}.${s}`)}
                </Text>
              ) : null}
            </Stack>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => form.insertListItem(stepsPath, emptyStep())}
            >
              {t('contracts.steps.add')}
            </Button>
          </Group>
          {errorOf(stepsPath) ? (
            <Text size="xs" c="red">
              {errorOf(stepsPath)}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      {rule.kind === 'points' ? (
        <Grid gap="xs">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <MoneyField path={`${path}.centsPerPoint`} label={t('contracts.fields.pointValue')} required />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <MoneyField path={`${path}.capCents`} label={t('contracts.fields.capCents')} required />
          </Grid.Col>
        </Grid>
      ) : null}
    </Stack>
  );
}
