import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReportTheme } from '@vigie/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A coaching theme of the report, its status in this cycle beside its name, its findings under it. */
export function ThemeSection({
  theme,
  status,
  children,
}: {
  readonly theme: ReportTheme;
  readonly status: ReportTheme['status'];
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = `theme-${theme.theme}`;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={id}
      data-theme={theme.theme}
      data-status={status}
      style={status === 'focus' ? { borderColor: 'var(--mantine-color-blue-5)', borderWidth: 2 } : undefined}
    >
      <Group gap="sm" mb="sm">
        <Title order={2} size="h4" id={id}>
          {theme.label}
        </Title>
        {status === 'focus' ? (
          <Badge color="blue" variant="filled">
            {t('reports.theme.focus')}
          </Badge>
        ) : null}
        {status === 'deferred' ? (
          <Badge color="gray" variant="light">
            {t('reports.theme.deferred')}
          </Badge>
        ) : null}
      </Group>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}
