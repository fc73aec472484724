import { Button } from '@mantine/core';
import { IconMessageReport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewReportModal } from './NewReportModal';
import type { RunVendor } from './useRunVendors';

/**
 * "New report" (the reports list), or "Draft a feedback report" from a finished run's page, where
 * the run and its vendors are known.
 */
export function NewReportButton({
  run,
}: {
  readonly run?: { readonly id: string; readonly vendors: readonly RunVendor[]; readonly vendorId?: string };
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const Icon = run ? IconMessageReport : IconPlus;
  return (
    <>
      <Button leftSection={<Icon size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {run ? t('reports.new.fromRun') : t('reports.list.new')}
      </Button>
      {open ? <NewReportModal onClose={() => setOpen(false)} {...(run ? { run } : {})} /> : null}
    </>
  );
}
