import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionProps {
  readonly title: string;
  readonly description?: ReactNode;
  /** beside the title: export, a switch… */
  readonly actions?: ReactNode;
  /** dims the content while newer figures load over it */
  readonly refreshing?: boolean;
  readonly children: ReactNode;
}

/** One block of a dashboard: a titled panel, its actions on the right. */
export function Section({ title, description, actions, refreshing = false, children }: SectionProps) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 14rem' }}>
            <Title order={2} size="h4">
              {title}
            </Title>
            {description ? (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            ) : null}
          </Stack>
          {actions ? <Group gap="xs">{actions}</Group> : null}
        </Group>
        <Box
          aria-busy={refreshing}
          style={{ opacity: refreshing ? 0.55 : 1, transition: 'opacity 150ms ease' }}
        >
          {children}
        </Box>
      </Stack>
    </Paper>
  );
}
