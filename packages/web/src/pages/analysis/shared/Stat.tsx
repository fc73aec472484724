import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One figure with its name above, small. */
export function Stat({
  label,
  children,
  hint,
}: {
  readonly label: string;
  readonly children: ReactNode;
  readonly hint?: ReactNode;
}) {
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="md" fw={700}>
        {children}
      </Text>
      {hint ? (
        // a div: a hint may hold more than text (a bar)
        <Text size="xs" c="dimmed" component="div">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}
