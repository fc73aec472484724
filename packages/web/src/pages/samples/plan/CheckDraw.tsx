import { ActionIcon, Anchor, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { populationCsvHref, type SampleDraw, type SamplePlan } from '../../../api/samples';
import { useWorkspace } from '../../../hooks/workspace';
import { Section } from '../../analysis/shared/Section';
import { checkCommand, populationFileName } from '../shared/checkCommand';

/** How anyone, a vendor included, draws the same calls again from the population on record. */
export function CheckDraw({ plan, draw }: { readonly plan: SamplePlan; readonly draw: SampleDraw }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const command = checkCommand(plan, draw);
  return (
    <Section id="check-draw" title={t('samples.check.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('samples.check.intro')}</Text>
        <Anchor
          href={populationCsvHref(workspaceId, plan.id)}
          download={populationFileName(plan.id)}
          size="sm"
          data-testid="population-csv"
        >
          <Group gap={6} component="span">
            <IconDownload size={16} aria-hidden />
            {t('samples.check.download')}
          </Group>
        </Anchor>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Code
            block
            data-testid="check-command"
            style={{ flex: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
          >
            {command}
          </Code>
          <CopyButton value={command}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('samples.check.copied') : t('samples.check.copy')} withArrow>
                <ActionIcon variant="default" onClick={copy} aria-label={t('samples.check.copy')} size="lg">
                  {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" c="dimmed">
          {t('samples.check.compare')}
        </Text>
      </Stack>
    </Section>
  );
}
