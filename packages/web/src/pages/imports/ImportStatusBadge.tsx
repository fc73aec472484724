import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../../api/imports';

const COLORS: Readonly<Record<ImportStatus, string>> = {
  running: 'blue',
  previewed: 'gray',
  completed: 'teal',
  rejected: 'orange',
  failed: 'red',
};

export function ImportStatusBadge({ status }: { readonly status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`imports.status.${status}`)}
    </Badge>
  );
}
