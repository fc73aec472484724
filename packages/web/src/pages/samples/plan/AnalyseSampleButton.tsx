import { Button } from '@mantine/core';
import { IconChartDots } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SamplePlan } from '../../../api/samples';
import { AnalyseSampleModal } from './AnalyseSampleModal';

/** "Analyse this sample": a practice library over the drawn calls, as a new analysis run. */
export function AnalyseSampleButton({ plan }: { readonly plan: SamplePlan }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button leftSection={<IconChartDots size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {t('samples.analyse.open')}
      </Button>
      {open ? <AnalyseSampleModal plan={plan} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
