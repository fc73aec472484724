import { Button, Menu } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../api/kpi';
import { notifyError } from '../forms/errors';
import { currentLanguage } from '../i18n';
import { csvDialect, toCsv } from './csv';
import { downloadBlob } from './download';
import { type ExportFormat, type ExportTable, exportFileName } from './table';
import { toXlsx } from './xlsx';

interface ExportMenuProps {
  /** the table as displayed; may fetch more rows than are shown (every page of a list) */
  readonly table: () => ExportTable | Promise<ExportTable>;
  /** names the file, with the period */
  readonly name: string;
  readonly period: Period | null;
  readonly disabled?: boolean;
}

async function toBlob(table: ExportTable, format: ExportFormat): Promise<Blob> {
  if (format === 'xlsx') return toXlsx(table);
  // the byte-order mark makes Excel read the file as UTF-8 (accents, “—”)
  return new Blob(['\uFEFF', toCsv(table, csvDialect(currentLanguage()))], {
    type: 'text/csv;charset=utf-8',
  });
}

/** "Export" → Excel (.xlsx) or CSV, of whatever table it is given. */
export function ExportMenu({ table, name, period, disabled }: ExportMenuProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      downloadBlob(await toBlob(await table(), format), exportFileName(name, period, format));
    } catch (error) {
      notifyError(t, error, t('dashboards.export.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={busy}
          disabled={disabled}
          aria-label={t('dashboards.export.buttonFor', { name })}
        >
          {t('dashboards.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          onClick={() => void run('xlsx')}
        >
          {t('dashboards.export.xlsx')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileText size={16} aria-hidden />} onClick={() => void run('csv')}>
          {t('dashboards.export.csv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
