import { Button, Group, NumberInput, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconDice5 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_SEED, type PlanFormValues, randomSeed } from './planForm';

/** The seed that makes the draw reproducible; left empty, the server picks one and records it. */
export function SeedField({ form }: { readonly form: UseFormReturnType<PlanFormValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {t('samples.form.seedIntro')}
      </Text>
      <Group align="flex-end" gap="xs">
        <NumberInput
          label={t('samples.form.seed')}
          description={t('samples.form.seedHint')}
          min={0}
          max={MAX_SEED}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          w={{ base: '100%', sm: 280 }}
          {...form.getInputProps('seed')}
        />
        <Button
          variant="default"
          leftSection={<IconDice5 size={16} aria-hidden />}
          onClick={() => form.setFieldValue('seed', randomSeed())}
        >
          {t('samples.form.randomSeed')}
        </Button>
      </Group>
    </>
  );
}
