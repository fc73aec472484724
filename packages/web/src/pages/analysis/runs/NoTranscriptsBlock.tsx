import { Code, Stack, Text } from '@mantine/core';
import { IconMicrophone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyBlock } from '../../../components/EmptyBlock';
import { useWorkspace } from '../../../hooks/workspace';

/** No call is stored yet: what to run to import transcripts into this workspace. */
export function NoTranscriptsBlock({ canImport }: { readonly canImport: boolean }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  return (
    <EmptyBlock
      icon={<IconMicrophone size={28} />}
      title={t('analysis.runs.noCallsTitle')}
      description={
        canImport ? (
          <Stack gap="xs" align="center">
            <Text size="sm" c="dimmed" ta="center">
              {t('analysis.runs.noCallsText')}
            </Text>
            <Code block data-testid="import-command" style={{ textAlign: 'left', maxWidth: '100%' }}>
              {t('analysis.runs.importCommand', { workspace: workspaceId })}
            </Code>
            <Text size="xs" c="dimmed" ta="center">
              {t('analysis.runs.noCallsFormats')}
            </Text>
          </Stack>
        ) : (
          t('analysis.runs.noCallsReadOnly')
        )
      }
    />
  );
}
