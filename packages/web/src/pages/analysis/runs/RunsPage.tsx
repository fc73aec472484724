import { Button, Stack, Text } from '@mantine/core';
import { IconBooks, IconChartDots, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActivities } from '../../../api/activities';
import { useRuns } from '../../../api/analysis';
import { useLibraries } from '../../../api/libraries';
import { useTranscripts } from '../../../api/transcripts';
import { useVendors } from '../../../api/vendors';
import { EmptyBlock } from '../../../components/EmptyBlock';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { formatNumber } from '../../../format';
import { useCan, useWorkspace, useWsHref } from '../../../hooks/workspace';
import { analysisPaths } from '../shared/paths';
import { NewRunModal } from './NewRunModal';
import { NoTranscriptsBlock } from './NoTranscriptsBlock';
import { RunsTable } from './RunsTable';

/** /analysis: the analyses of stored calls, and a new one. */
export function RunsPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const canStart = allowed('create', 'analysis');
  const runs = useRuns(workspaceId);
  const stored = useTranscripts(workspaceId, { limit: 1 });
  const libraries = useLibraries(workspaceId);
  const vendors = useVendors(workspaceId);
  const activities = useActivities(workspaceId);
  const [open, setOpen] = useState(false);
  const vendorNames = useMemo(() => new Map((vendors.data ?? []).map((v) => [v.id, v.name])), [vendors.data]);
  const activityNames = useMemo(
    () => new Map((activities.data ?? []).map((a) => [a.id, a.name])),
    [activities.data],
  );
  const storedCount = stored.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t('analysis.runs.title')}
        description={t('analysis.runs.intro')}
        actions={
          <>
            <Button
              component={Link}
              to={href(analysisPaths.libraries())}
              variant="default"
              leftSection={<IconBooks size={16} aria-hidden />}
            >
              {t('analysis.libraries.title')}
            </Button>
            {canStart ? (
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setOpen(true)}
                disabled={stored.isPending || storedCount === 0}
              >
                {t('analysis.newRun.open')}
              </Button>
            ) : null}
          </>
        }
      />
      <LoadGate loads={[runs, stored, vendors, activities]}>
        {() => (
          <Stack gap="md">
            {storedCount === 0 ? (
              <NoTranscriptsBlock canImport={canStart} />
            ) : (
              <Text size="sm" c="dimmed" data-testid="stored-calls">
                {t('analysis.runs.stored', { count: storedCount, formatted: formatNumber(storedCount) })}
              </Text>
            )}
            {(runs.data ?? []).length > 0 ? (
              <RunsTable
                runs={runs.data ?? []}
                vendorName={(id) => vendorNames.get(id) ?? id}
                activityName={(id) => activityNames.get(id) ?? id}
              />
            ) : storedCount > 0 ? (
              <EmptyBlock
                icon={<IconChartDots size={28} />}
                title={t('analysis.runs.emptyTitle')}
                description={canStart ? t('analysis.runs.emptyText') : t('analysis.runs.emptyReadOnly')}
                action={
                  canStart ? (
                    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen(true)}>
                      {t('analysis.newRun.open')}
                    </Button>
                  ) : null
                }
              />
            ) : null}
          </Stack>
        )}
      </LoadGate>
      {canStart && libraries.data ? (
        <NewRunModal
          opened={open}
          onClose={() => setOpen(false)}
          libraries={libraries.data}
          vendors={vendors.data ?? []}
          activities={activities.data ?? []}
        />
      ) : null}
    </>
  );
}
