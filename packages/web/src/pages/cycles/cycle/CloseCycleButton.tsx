import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconFlagCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { type CycleDetail, useCloseCycle } from '../../../api/cycles';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { useWorkspace } from '../../../hooks/workspace';

/**
 * "Close the cycle": says first what will be recorded (each objective achieved or not, hence the
 * theme), since a closed cycle is the record and no longer changes; then closes it.
 */
export function CloseCycleButton({
  cycle,
  label,
}: {
  readonly cycle: CycleDetail;
  /** a practice's label by its id */
  readonly label: (practiceId: string) => string;
}) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const close = useCloseCycle(workspaceId, cycle.id);
  const [open, setOpen] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const progress = cycle.progress;
  const theme = t(`analysis.themes.${cycle.focusTheme}`);

  // the button goes once the cycle is closed: the promise still settles, to say the outcome
  const confirm = () => {
    setRefused(null);
    void close.mutateAsync().then(
      (result) => {
        setOpen(false);
        const next = result.nextFocus
          ? t(`analysis.themes.${result.nextFocus}`)
          : t('cycles.list.allAchieved');
        notifySuccess(
          result.cycle.outcome?.achieved
            ? t('cycles.close.doneAchieved', { theme, next })
            : t('cycles.close.doneNotAchieved', { theme, next }),
        );
      },
      (error: unknown) => {
        if (isApiError(error) && error.issues.some((i) => i.code === 'not_measured'))
          setRefused(t('cycles.issues.not_measured'));
        else if (isApiError(error) && error.status === 409) setRefused(t('cycles.close.already'));
        else notifyError(t, error);
      },
    );
  };

  return (
    <>
      <Button
        color="teal"
        leftSection={<IconFlagCheck size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('cycles.close.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('cycles.close.title')} centered size="lg">
        <Stack gap="sm">
          {progress ? (
            <>
              <Text size="sm">{t('cycles.close.confirm')}</Text>
              <List size="sm" spacing={4}>
                {progress.objectives.map((p) => (
                  <List.Item key={p.practiceId}>
                    {p.achieved
                      ? t('cycles.close.objectiveAchieved', { practice: label(p.practiceId) })
                      : t('cycles.close.objectiveNotAchieved', { practice: label(p.practiceId) })}
                  </List.Item>
                ))}
              </List>
              <Alert color={progress.achieved ? 'teal' : 'orange'} variant="light">
                {progress.achieved
                  ? t('cycles.close.willAchieve', { theme })
                  : t('cycles.close.willMiss', { theme })}
              </Alert>
            </>
          ) : (
            <Alert color="orange" variant="light">
              {t('cycles.issues.not_measured')}
            </Alert>
          )}
          {refused ? (
            <Alert color="orange" role="alert">
              {refused}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="teal" onClick={confirm} loading={close.isPending} disabled={!progress}>
              {t('cycles.close.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
