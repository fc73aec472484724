import { Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../api/kpi';
import { PERIOD_PRESETS, type PeriodPreset, parsePeriod } from './period';
import type { DashboardPeriod } from './useDashboardPeriod';

function isPreset(value: string | null): value is PeriodPreset {
  return (PERIOD_PRESETS as readonly (string | null)[]).includes(value);
}

interface RangeInputsProps {
  readonly period: Period;
  readonly onChange: (period: Period) => void;
}

/** From / To: applied as soon as both are real days in order; otherwise the error stays on the field. */
function RangeInputs({ period, onChange }: RangeInputsProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(period);
  const backwards = draft.from !== '' && draft.to !== '' && draft.to < draft.from;
  const change = (next: Period) => {
    setDraft(next);
    const valid = parsePeriod(next.from, next.to);
    if (valid) onChange(valid);
  };
  return (
    <>
      <TextInput
        type="date"
        label={t('dashboards.period.from')}
        value={draft.from}
        max={draft.to || undefined}
        error={draft.from === '' ? t('validation.date') : undefined}
        onChange={(e) => change({ ...draft, from: e.currentTarget.value })}
        w={{ base: '100%', xs: 160 }}
      />
      <TextInput
        type="date"
        label={t('dashboards.period.to')}
        value={draft.to}
        min={draft.from || undefined}
        error={
          draft.to === '' ? t('validation.date') : backwards ? t('rules.dates.end_before_start') : undefined
        }
        onChange={(e) => change({ ...draft, to: e.currentTarget.value })}
        w={{ base: '100%', xs: 160 }}
      />
    </>
  );
}

/** A preset for the usual cases, and the two days themselves for any other period. */
export function PeriodPicker({ state }: { readonly state: DashboardPeriod }) {
  const { t } = useTranslation();
  const { period, preset, referenceIsYesterday } = state;
  const presetLabel = (p: PeriodPreset) =>
    p === 'lastDay' && !referenceIsYesterday
      ? t('dashboards.period.lastDayWithData')
      : t(`dashboards.period.presets.${p}`);
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <Select
        label={t('dashboards.period.label')}
        data={[
          ...PERIOD_PRESETS.map((p) => ({ value: p, label: presetLabel(p) })),
          { value: 'custom', label: t('dashboards.period.presets.custom'), disabled: true },
        ]}
        value={preset}
        allowDeselect={false}
        disabled={state.reference === null}
        onChange={(value) => {
          if (isPreset(value)) state.choosePreset(value);
        }}
        w={{ base: '100%', xs: 200 }}
      />
      {period ? (
        <RangeInputs key={`${period.from}/${period.to}`} period={period} onChange={state.chooseRange} />
      ) : null}
    </Group>
  );
}
