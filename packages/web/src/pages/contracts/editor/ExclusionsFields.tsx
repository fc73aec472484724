import { ActionIcon, Button, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ExclusionsValues } from './contractValues';
import { useEditor } from './editorContext';
import { NumberField } from './NumberFields';

interface ExclusionsFieldsProps {
  /** e.g. "versions.0.phases.1.exclusions" */
  readonly path: string;
  readonly exclusions: ExclusionsValues;
}

/** When service levels do not apply: volume outside the forecast band, force-majeure days. */
export function ExclusionsFields({ path, exclusions }: ExclusionsFieldsProps) {
  const { t } = useTranslation();
  const { form, field } = useEditor();
  const daysPath = `${path}.forceMajeureDays`;
  return (
    <Stack gap="xs">
      <Grid gap="xs">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <NumberField
            path={`${path}.volumeBandPercent`}
            label={t('contracts.fields.volumeBandPercent')}
            description={t('contracts.hints.volumeBandPercent')}
            unit="± %"
          />
        </Grid.Col>
      </Grid>
      <Text size="sm" fw={500}>
        {t('contracts.fields.forceMajeureDays')}
      </Text>
      {exclusions.forceMajeureDays.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('contracts.exclusions.noDay')}
        </Text>
      ) : null}
      {exclusions.forceMajeureDays.map((_, d) => (
        // the days are plain strings: their position is their identity while editing
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Group key={d} gap="xs" align="flex-end">
          <TextInput
            type="date"
            label={t('contracts.exclusions.day', { n: d + 1 })}
            required
            {...field(`${daysPath}.${d}`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mb={2}
            aria-label={t('contracts.exclusions.removeDay', { n: d + 1 })}
            onClick={() => form.removeListItem(daysPath, d)}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem(daysPath, '')}
        >
          {t('contracts.exclusions.addDay')}
        </Button>
      </Group>
    </Stack>
  );
}
