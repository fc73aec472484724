import { Button, Divider, Grid, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AtRiskFields } from './AtRiskFields';
import { emptyKpiTerm, emptyPriceLine, type PhaseValues } from './contractValues';
import { ExclusionsFields } from './ExclusionsFields';
import { useEditor } from './editorContext';
import { KpiTermFields } from './KpiTermFields';
import { PriceLineFields } from './PriceLineFields';

interface PhaseFieldsProps {
  /** e.g. "versions.0.phases.1" */
  readonly path: string;
  readonly phase: PhaseValues;
  readonly index: number;
  readonly canRemove: boolean;
  readonly onRemove: () => void;
}

function SectionTitle({ children }: { readonly children: string }) {
  return (
    <Title order={4} size="h6" mt="xs">
      {children}
    </Title>
  );
}

/** A pilot or run phase: its dates, price lines, KPI terms, at-risk pool and exclusions. */
export function PhaseFields({ path, phase, index, canRemove, onRemove }: PhaseFieldsProps) {
  const { t } = useTranslation();
  const { form, field, errorOf } = useEditor();
  const kpis = phase.kpiTerms.flatMap((term) => (term.kpi ? [term.kpi] : []));
  const headingId = `phase-${path.replaceAll('.', '-')}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id={headingId}>
            {t('contracts.phases.title', { n: index + 1, kind: t(`contracts.phaseKinds.${phase.kind}`) })}
          </Title>
          {canRemove ? (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={onRemove}
            >
              {t('contracts.phases.remove', { n: index + 1 })}
            </Button>
          ) : null}
        </Group>
        <Grid gap="xs">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('contracts.fields.phaseKind')}
              required
              allowDeselect={false}
              data={(['pilot', 'run'] as const).map((k) => ({
                value: k,
                label: t(`contracts.phaseKinds.${k}`),
              }))}
              {...field(`${path}.kind`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <TextInput
              type="date"
              label={t('contracts.fields.phaseStart')}
              required
              {...field(`${path}.start`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <TextInput
              type="date"
              label={t('contracts.fields.phaseEnd')}
              description={t('contracts.hints.phaseEnd')}
              {...field(`${path}.end`)}
            />
          </Grid.Col>
        </Grid>

        <Divider />
        <SectionTitle>{t('contracts.priceLines.title')}</SectionTitle>
        {phase.priceLines.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('contracts.priceLines.none')}
          </Text>
        ) : null}
        {phase.priceLines.map((line, l) => (
          <PriceLineFields
            key={line.key}
            path={`${path}.priceLines.${l}`}
            line={line}
            index={l}
            onRemove={() => form.removeListItem(`${path}.priceLines`, l)}
          />
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => form.insertListItem(`${path}.priceLines`, emptyPriceLine())}
          >
            {t('contracts.priceLines.add')}
          </Button>
        </Group>

        <Divider />
        <SectionTitle>{t('contracts.kpiTerms.title')}</SectionTitle>
        {phase.kpiTerms.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('contracts.kpiTerms.none')}
          </Text>
        ) : null}
        {phase.kpiTerms.map((term, k) => (
          <KpiTermFields
            key={term.key}
            path={`${path}.kpiTerms.${k}`}
            term={term}
            index={k}
            onRemove={() => form.removeListItem(`${path}.kpiTerms`, k)}
          />
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => form.insertListItem(`${path}.kpiTerms`, emptyKpiTerm())}
          >
            {t('contracts.kpiTerms.add')}
          </Button>
        </Group>

        <Divider />
        <SectionTitle>{t('contracts.atRisk.title')}</SectionTitle>
        <AtRiskFields path={`${path}.atRisk`} atRisk={phase.atRisk} kpis={kpis} />

        <Divider />
        <SectionTitle>{t('contracts.exclusions.title')}</SectionTitle>
        <ExclusionsFields path={`${path}.exclusions`} exclusions={phase.exclusions} />
        {errorOf(path) ? (
          <Text size="sm" c="red">
            {errorOf(path)}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
