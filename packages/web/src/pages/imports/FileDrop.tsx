import { Button, FileButton, Group, Input, Paper, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';

/** The files a contact-record export comes as: CSV (or text), Excel, JSON lines. */
const CONTACT_FILE_TYPES = '.csv,.txt,.tsv,.xlsx,.jsonl,.ndjson,.json';

interface FileDropProps {
  readonly label: string;
  readonly file: File | null;
  readonly onChange: (file: File | null) => void;
  readonly error?: string | undefined;
  readonly disabled?: boolean;
  readonly required?: boolean;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

/**
 * Drop a file on the zone or pick it with the button: the button keeps it usable from the
 * keyboard and by screen readers, the zone is a shortcut for the mouse.
 */
export function FileDrop({ label, file, onChange, error, disabled, required }: FileDropProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const labelId = useId();
  const onDragOver = (event: DragEvent) => {
    if (disabled) return;
    event.preventDefault();
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onChange(dropped);
  };
  return (
    <Stack gap={4}>
      {/* the app draws required asterisks with CSS, from data-required (styles.css) */}
      <Input.Label labelElement="div" id={labelId} mod={{ required }}>
        {label}
      </Input.Label>
      <Paper
        withBorder
        p="lg"
        radius="md"
        onDragOver={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderColor: error
            ? 'var(--mantine-color-error)'
            : over
              ? 'var(--mantine-primary-color-filled)'
              : undefined,
          background: over ? 'var(--mantine-primary-color-light)' : undefined,
        }}
      >
        <Group gap="md" wrap="nowrap">
          {file ? <IconFileSpreadsheet size={32} aria-hidden /> : <IconUpload size={32} aria-hidden />}
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm" fw={file ? 600 : 400} truncate="end" data-testid="chosen-file">
              {file ? `${file.name} (${formatSize(file.size)})` : t('imports.file.drop')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('imports.file.types')}
            </Text>
          </Stack>
          <FileButton onChange={onChange} accept={CONTACT_FILE_TYPES} disabled={disabled}>
            {(props) => (
              <Button variant="light" {...props} aria-describedby={labelId}>
                {file ? t('imports.file.change') : t('imports.file.pick')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Paper>
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
