import { Anchor, Group, Paper } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadGate, type LoadState } from './LoadGate';
import { NoAccess } from './NoAccess';
import { PageHeader } from './PageHeader';

interface EditFrameProps {
  readonly title: string;
  readonly backTo: string;
  readonly backLabel: string;
  /** may the user save here? */
  readonly allowed: boolean;
  /** the loads the form needs; the form shows once all succeeded */
  readonly loads: readonly LoadState[];
  readonly children: () => ReactNode;
}

/** A create/edit page: back link, title, then the form once allowed and loaded. */
export function EditFrame({ title, backTo, backLabel, allowed, loads, children }: EditFrameProps) {
  return (
    <div style={{ maxWidth: 880 }}>
      <Anchor component={Link} to={backTo} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {backLabel}
        </Group>
      </Anchor>
      <PageHeader title={title} />
      {allowed ? (
        <LoadGate loads={loads}>
          {() => (
            <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
              {children()}
            </Paper>
          )}
        </LoadGate>
      ) : (
        <NoAccess />
      )}
    </div>
  );
}
