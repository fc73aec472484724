import { Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MappingSample, useReadSample } from '../../api/mapping-profiles';
import { formatNumber } from '../../format';
import { useWorkspace } from '../../hooks/workspace';
import { ApiErrorAlert } from '../imports/ApiErrorAlert';
import { FileDrop } from '../imports/FileDrop';

interface SampleUploadProps {
  /** a file brought from the import wizard, read at once */
  readonly initialFile: File | null;
  readonly sample: MappingSample | null;
  readonly onSample: (sample: MappingSample, fileName: string) => void;
}

/** A sample of the source's files: its columns and first records feed the selects and the preview. */
export function SampleUpload({ initialFile, sample, onSample }: SampleUploadProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const read = useReadSample(workspaceId);
  const [file, setFile] = useState<File | null>(initialFile);
  const choose = (next: File | null) => {
    setFile(next);
    if (next) read.mutate(next, { onSuccess: (sample) => onSample(sample, next.name) });
  };
  // the wizard's file is read once, as if the user had just dropped it here
  const readInitial = useRef(initialFile !== null);
  useEffect(() => {
    if (readInitial.current && initialFile) {
      readInitial.current = false;
      read.mutate(initialFile, { onSuccess: (sample) => onSample(sample, initialFile.name) });
    }
  }, [initialFile, read, onSample]);

  return (
    <Stack gap="xs">
      <FileDrop label={t('mapping.sample.file')} file={file} onChange={choose} disabled={read.isPending} />
      {read.isPending ? (
        <Text size="sm" c="dimmed" role="status">
          {t('mapping.sample.reading')}
        </Text>
      ) : null}
      {read.isError ? <ApiErrorAlert error={read.error} title={t('mapping.sample.failed')} /> : null}
      {sample && !read.isPending ? (
        <Text size="sm" role="status">
          {t('mapping.sample.read', {
            count: sample.records.length,
            columns: formatNumber(sample.columns.length),
            format: t(`mapping.format.files.${sample.format}`),
          })}
        </Text>
      ) : null}
    </Stack>
  );
}
