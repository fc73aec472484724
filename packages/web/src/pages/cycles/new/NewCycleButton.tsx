import { Button } from '@mantine/core';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CyclePreset } from './cycleForm';
import { NewCycleModal } from './NewCycleModal';

/**
 * "New cycle" (the timeline), "Open a coaching cycle from this report" (a published report, which
 * pre-fills the vendor, focus theme, baseline run and report) or "Open the next cycle" (a cycle just
 * closed).
 */
export function NewCycleButton({
  preset,
  label,
  variant = 'filled',
}: {
  readonly preset?: CyclePreset;
  readonly label?: string;
  readonly variant?: 'filled' | 'light' | 'default';
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const Icon = preset ? IconTargetArrow : IconPlus;
  return (
    <>
      <Button variant={variant} leftSection={<Icon size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {label ?? t('cycles.list.new')}
      </Button>
      {open ? <NewCycleModal onClose={() => setOpen(false)} preset={preset} /> : null}
    </>
  );
}
