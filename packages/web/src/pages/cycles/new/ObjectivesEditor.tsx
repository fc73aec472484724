import { ActionIcon, Button, Fieldset, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatShare } from '../../analysis/shared/figures';
import type { RunPractice } from '../shared/useRunPractices';
import {
  type Direction,
  directionOf,
  emptyObjective,
  MAX_OBJECTIVES,
  type ObjectiveRow,
  toPercent,
} from './cycleForm';

interface ObjectivesEditorProps {
  readonly rows: readonly ObjectiveRow[];
  readonly onChange: (rows: ObjectiveRow[]) => void;
  /** the form's errors, keyed `objectives.{i}.practiceId` and `objectives.{i}.targetPercent` */
  readonly errors: Readonly<Record<string, ReactNode>>;
  /** the focus theme's practices of the baseline run's library, with the vendor's rates */
  readonly practices: readonly RunPractice[];
  /** why no practice can be chosen yet (no baseline run, no theme) */
  readonly emptyHint?: string | undefined;
}

/**
 * A first target for a chosen practice: half its baseline rate for one to reduce (rounded down to
 * 5 points), 80 % for one to generalise, unless its baseline is already above.
 */
function suggestedTarget(practice: RunPractice): number | string {
  const rate = practice.rate?.value;
  if (rate === null || rate === undefined) return '';
  if (practice.polarity === 'good') return Math.max(80, Math.ceil(toPercent(rate) / 5) * 5);
  return Math.floor(toPercent(rate) / 2 / 5) * 5;
}

/** The cycle's objectives: for each, a practice of the focus theme, a direction and a target rate. */
export function ObjectivesEditor({ rows, onChange, errors, practices, emptyHint }: ObjectivesEditorProps) {
  const { t } = useTranslation();
  const byId = new Map(practices.map((p) => [p.id, p]));
  const option = (p: RunPractice) => ({
    value: p.id,
    label: p.rate?.value != null ? `${p.label} — ${formatShare(p.rate.value)}` : p.label,
  });
  const data = [
    {
      group: t('cycles.objectives.toReduce'),
      items: practices.filter((p) => p.polarity === 'bad').map(option),
    },
    {
      group: t('cycles.objectives.toGeneralise'),
      items: practices.filter((p) => p.polarity !== 'bad').map(option),
    },
  ].filter((g) => g.items.length > 0);

  const update = (i: number, change: Partial<ObjectiveRow>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
  const choose = (i: number, practiceId: string | null) => {
    const practice = practiceId ? byId.get(practiceId) : undefined;
    const row = rows[i];
    update(i, {
      practiceId,
      ...(practice
        ? {
            direction: directionOf(practice.polarity),
            ...(row?.targetPercent === '' ? { targetPercent: suggestedTarget(practice) } : {}),
          }
        : {}),
    });
  };

  return (
    <Stack gap="xs" data-testid="objectives-editor">
      <Text size="sm" c="dimmed">
        {t('cycles.objectives.editorHint')}
      </Text>
      {emptyHint ? (
        <Text size="sm" c="orange.8" role="status">
          {emptyHint}
        </Text>
      ) : null}
      {rows.map((row, i) => {
        const n = i + 1;
        const rate = row.practiceId ? byId.get(row.practiceId)?.rate : null;
        return (
          <Fieldset
            key={row.key}
            legend={t('cycles.objectives.numbered', { n })}
            variant="filled"
            p="sm"
            data-testid="objective-row"
          >
            <Group align="flex-start" gap="sm" wrap="wrap">
              <Select
                label={t('cycles.objectives.practice')}
                data={data}
                value={row.practiceId}
                onChange={(value) => choose(i, value)}
                searchable
                required
                error={errors[`objectives.${i}.practiceId`]}
                nothingFoundMessage={t('cycles.objectives.noPractice')}
                style={{ flex: '1 1 18rem' }}
              />
              <Select
                label={t('cycles.objectives.direction')}
                data={(['at_most', 'at_least'] as const).map((d) => ({
                  value: d,
                  label: t(`cycles.direction.${d}`),
                }))}
                value={row.direction}
                onChange={(value) => update(i, { direction: (value ?? 'at_most') as Direction })}
                allowDeselect={false}
                w={140}
              />
              <NumberInput
                label={t('cycles.objectives.target')}
                min={0}
                max={100}
                step={5}
                decimalScale={1}
                allowNegative={false}
                suffix=" %"
                required
                value={row.targetPercent}
                onChange={(value) => update(i, { targetPercent: value })}
                error={errors[`objectives.${i}.targetPercent`]}
                w={120}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('cycles.objectives.remove', { n })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
                disabled={rows.length === 1}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
            {rate ? (
              <Text size="xs" c="dimmed" mt={4}>
                {t('cycles.objectives.baseline', { rate: formatShare(rate.value), calls: formatCount(rate) })}
              </Text>
            ) : null}
          </Fieldset>
        );
      })}
      {errors.objectives ? (
        <Text size="sm" c="red" role="alert">
          {errors.objectives}
        </Text>
      ) : null}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => onChange([...rows, emptyObjective()])}
        disabled={rows.length >= MAX_OBJECTIVES}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('cycles.objectives.add')}
      </Button>
    </Stack>
  );
}
