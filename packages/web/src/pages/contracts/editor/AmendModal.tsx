import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../format';

interface AmendModalProps {
  readonly opened: boolean;
  /** the effective date of the last version: an amendment takes effect after it */
  readonly after: string;
  readonly onClose: () => void;
  readonly onAmend: (effectiveFrom: string, reason: string) => void;
}

/** Asks when the amendment takes effect and why; its terms start as a copy of the last version. */
export function AmendModal({ opened, after, onClose, onAmend }: AmendModalProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { effectiveFrom: '', reason: '' },
    validate: {
      effectiveFrom: (v) =>
        !v
          ? t('validation.required')
          : after && v <= after
            ? t('contracts.versions.amendAfter', { date: formatDate(after) })
            : null,
      reason: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const submit = form.onSubmit((values) => {
    onAmend(values.effectiveFrom, values.reason.trim());
    form.reset();
  });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('contracts.versions.amendTitle')} centered>
      <form
        noValidate
        onSubmit={(event) => {
          // the modal sits (through a portal) inside the contract's form: its submit must not
          // bubble up and save the contract
          event.stopPropagation();
          submit(event);
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('contracts.versions.amendIntro')}</Text>
          <TextInput
            type="date"
            label={t('contracts.fields.effectiveFrom')}
            required
            data-autofocus
            {...form.getInputProps('effectiveFrom')}
          />
          <Textarea
            label={t('contracts.fields.reason')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('contracts.versions.amendConfirm')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
