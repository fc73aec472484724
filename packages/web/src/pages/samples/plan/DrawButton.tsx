import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDice5 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { useDrawPlan } from '../../../api/samples';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { useWorkspace } from '../../../hooks/workspace';

/** "Draw the sample": asks first (a plan is drawn once, its sample is the record), then draws. */
export function DrawButton({ planId }: { readonly planId: string }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const draw = useDrawPlan(workspaceId);
  const [open, setOpen] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);

  const confirm = () => {
    setRefused(null);
    draw.mutate(planId, {
      onSuccess: (result) => {
        setOpen(false);
        notifySuccess(t('samples.draw.done', { count: result.size }));
      },
      onError: (error) => {
        const noCalls = isApiError(error) && error.issues.some((i) => i.code === 'no_calls');
        if (noCalls) setRefused(t('samples.draw.noCalls'));
        else if (isApiError(error) && error.status === 409) setRefused(t('samples.draw.already'));
        else notifyError(t, error);
      },
    });
  };

  return (
    <>
      <Button leftSection={<IconDice5 size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {t('samples.draw.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('samples.draw.title')} centered>
        <Stack gap="sm">
          <Text size="sm">{t('samples.draw.confirm')}</Text>
          {refused ? (
            <Alert color="orange" role="alert">
              {refused}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button onClick={confirm} loading={draw.isPending}>
              {t('samples.draw.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
