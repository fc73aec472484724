import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranscripts } from '../../../api/transcripts';
import { locale } from '../../../format';
import { useWorkspace } from '../../../hooks/workspace';
import { formatLocalDateTime } from '../shared/figures';

interface CallPickerProps {
  readonly value: string | null;
  readonly onChange: (transcriptId: string | null) => void;
}

/** A stored call to try rules on, searched by call id or agent on the server (20 at a time). */
export function CallPicker({ value, onChange }: CallPickerProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const [search, setSearch] = useState('');
  const [labels, setLabels] = useState<Record<string, string>>({});
  // once a call is chosen, the field shows its label: that is not a search
  const [q] = useDebouncedValue(value && search === labels[value] ? '' : search, 250);
  const calls = useTranscripts(workspaceId, { q, limit: 20 });
  const options = (calls.data?.items ?? []).map((c) => ({
    value: c.id,
    label: [c.callId, c.agent, formatLocalDateTime(c.startedAt, locale())].filter(Boolean).join(' · '),
  }));
  // the chosen call stays in the list when a new search leaves it out
  const data =
    value && !options.some((o) => o.value === value) && labels[value]
      ? [{ value, label: labels[value] }, ...options]
      : options;
  return (
    <Select
      label={t('analysis.liveTest.call')}
      placeholder={t('analysis.liveTest.callPlaceholder')}
      description={calls.data ? t('analysis.liveTest.callCount', { count: calls.data.total }) : undefined}
      data={data}
      value={value}
      onChange={(id, option) => {
        if (id && option) setLabels((l) => ({ ...l, [id]: option.label }));
        onChange(id);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={calls.isFetching ? t('common.loading') : t('analysis.liveTest.noCall')}
      clearable
      data-testid="live-test-call"
    />
  );
}
