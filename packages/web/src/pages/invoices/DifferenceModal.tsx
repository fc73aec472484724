import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { InvoiceDifferenceRecord } from '@vigie/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type DifferenceAction = 'accepted' | 'disputed' | 'answer';

interface DifferenceModalProps {
  readonly action: DifferenceAction | null;
  readonly difference: InvoiceDifferenceRecord | null;
  readonly saving: boolean;
  readonly onClose: () => void;
  /** the comment (a decision) or the answer (the vendor) */
  readonly onConfirm: (text: string) => void;
}

/**
 * Accepting or disputing a difference with a comment (the client), or answering a dispute (the
 * vendor). A dispute and an answer need words; an acceptance may go without.
 */
export function DifferenceModal({ action, difference, saving, onClose, onConfirm }: DifferenceModalProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setText('');
    setError(null);
    onClose();
  };
  const answer = action === 'answer';
  const title =
    action === 'accepted'
      ? t('invoices.decide.acceptTitle')
      : action === 'disputed'
        ? t('invoices.decide.disputeTitle')
        : t('invoices.decide.answerTitle');
  return (
    <Modal opened={action !== null && difference !== null} onClose={close} title={title} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (action !== 'accepted' && text.trim() === '') {
            setError(t('validation.required'));
            return;
          }
          onConfirm(text.trim());
          setText('');
          setError(null);
        }}
      >
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {difference?.label}
          </Text>
          <Text size="sm" c="dimmed">
            {difference?.explanation}
          </Text>
          {answer && difference?.comment ? (
            <Text size="sm">{t('invoices.differences.clientComment', { comment: difference.comment })}</Text>
          ) : null}
          <Textarea
            label={answer ? t('invoices.decide.answer') : t('invoices.decide.comment')}
            required={action !== 'accepted'}
            autosize
            minRows={3}
            data-autofocus
            value={text}
            error={error}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving} color={action === 'disputed' ? 'orange' : undefined}>
              {answer ? t('invoices.decide.send') : t('invoices.decide.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
