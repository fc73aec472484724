import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { usePublishReport } from '../../../api/reports';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { useWorkspace } from '../../../hooks/workspace';

interface PublishButtonProps {
  readonly reportId: string;
  readonly vendorName: string;
  /** unsaved edits are saved first; resolves false when that save failed */
  readonly saveFirst: (() => Promise<boolean>) | null;
}

/** "Publish": asks first (a published report is read by the vendor and no longer edited), then does. */
export function PublishButton({ reportId, vendorName, saveFirst }: PublishButtonProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const publish = usePublishReport(workspaceId);
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);

  const confirm = async () => {
    if (saveFirst) {
      setSaving(true);
      const saved = await saveFirst();
      setSaving(false);
      if (!saved) return;
    }
    publish.mutate(reportId, {
      onSuccess: () => {
        setOpen(false);
        notifySuccess(t('reports.publish.done', { vendor: vendorName }));
      },
      onError: (error) => {
        setOpen(false);
        if (isApiError(error) && error.status === 409) notifySuccess(t('reports.publish.already'));
        else notifyError(t, error, t('reports.publish.refused'));
      },
    });
  };

  return (
    <>
      <Button color="teal" leftSection={<IconSend size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {t('reports.publish.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('reports.publish.title')} centered>
        <Stack gap="sm">
          <Text size="sm">{t('reports.publish.confirm', { vendor: vendorName })}</Text>
          {saveFirst ? (
            <Alert color="blue" variant="light">
              {t('reports.publish.savesFirst')}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="teal" onClick={() => void confirm()} loading={saving || publish.isPending}>
              {t('reports.publish.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
