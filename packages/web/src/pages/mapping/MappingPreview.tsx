import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappingSample } from '../../api/mapping-profiles';
import { PreviewTable } from '../imports/PreviewTable';
import type { MappingValues } from './mappingValues';
import { previewMapping } from './previewMapping';

/** The sample as the mapping reads it, updated as the user edits (deferred, so typing stays smooth). */
export function MappingPreview({
  values,
  sample,
}: {
  readonly values: MappingValues;
  readonly sample: MappingSample;
}) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(values);
  const result = useMemo(() => previewMapping(deferred, sample), [deferred, sample]);
  if (result.kind === 'incomplete') {
    return (
      <Text size="sm" c="dimmed">
        {t('mapping.preview.incomplete')}
      </Text>
    );
  }
  if (result.kind === 'missingColumns') {
    return (
      <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
        {t('mapping.preview.missingColumns', { columns: result.columns.join(', ') })}
      </Alert>
    );
  }
  const rejected = result.rows.filter((r) => r.interaction === null).length;
  return (
    <>
      <Text size="sm" role="status">
        {t('mapping.preview.counts', { count: result.rows.length, rejected })}
      </Text>
      <PreviewTable
        rows={result.rows}
        caption={t('mapping.preview.caption', { count: result.rows.length })}
      />
    </>
  );
}
