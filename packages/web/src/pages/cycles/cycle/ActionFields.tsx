import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type ActionValues, OWNER_MAX, TEXT_MAX } from './actionForm';

/** What the action is, who owns it and its due date. */
export function ActionFields<V extends ActionValues>({
  form,
  autoFocus = false,
}: {
  readonly form: UseFormReturnType<V>;
  readonly autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Textarea
        label={t('cycles.actions.text')}
        placeholder={t('cycles.actions.textPlaceholder')}
        autosize
        minRows={1}
        maxRows={6}
        maxLength={TEXT_MAX}
        required
        data-autofocus={autoFocus || undefined}
        {...form.getInputProps('text')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('cycles.actions.owner')}
          placeholder={t('cycles.actions.ownerPlaceholder')}
          maxLength={OWNER_MAX}
          required
          {...form.getInputProps('owner')}
        />
        <TextInput type="date" label={t('cycles.actions.dueOn')} required {...form.getInputProps('dueOn')} />
      </SimpleGrid>
    </Stack>
  );
}
