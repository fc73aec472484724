import { Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type AnalysisRun, useRun } from '../../../api/analysis';
import { queryKeys } from '../../../api/keys';
import { useWorkspace } from '../../../hooks/workspace';
import { RunProgress } from './RunProgress';
import { RunStatusBadge } from './RunStatusBadge';

/** A run's status; while it runs, its progress asked every second, and the list refreshed at the end. */
export function RunStatusCell({ run }: { readonly run: AnalysisRun }) {
  if (run.status !== 'running') {
    return (
      <Stack gap={2}>
        <RunStatusBadge status={run.status} />
        {run.error ? (
          <Text size="xs" c="red.8" maw={280}>
            {run.error}
          </Text>
        ) : null}
      </Stack>
    );
  }
  return <RunningStatus run={run} />;
}

function RunningStatus({ run }: { readonly run: AnalysisRun }) {
  const { workspaceId } = useWorkspace();
  const queryClient = useQueryClient();
  const polled = useRun(workspaceId, run.id);
  const current = polled.data?.run ?? run;
  useEffect(() => {
    if (current.status !== 'running')
      void queryClient.invalidateQueries({ queryKey: queryKeys.list(workspaceId, 'analysis-runs') });
  }, [current.status, queryClient, workspaceId]);
  if (current.status !== 'running') return <RunStatusBadge status={current.status} />;
  return (
    <Stack gap={4}>
      <RunStatusBadge status="running" />
      <RunProgress run={current} />
    </Stack>
  );
}
