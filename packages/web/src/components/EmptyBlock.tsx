import { EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyBlockProps {
  readonly icon: ReactNode;
  readonly title: string;
  readonly description?: ReactNode;
  readonly action?: ReactNode;
}

/** What a newcomer sees instead of an empty table: what this is and what to do first. */
export function EmptyBlock({ icon, title, description, action }: EmptyBlockProps) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid="empty-state">
      <EmptyState variant="light" icon={icon} title={title} description={description}>
        {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
      </EmptyState>
    </Paper>
  );
}
