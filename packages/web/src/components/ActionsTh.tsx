import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The header of a row-actions column: nothing to see, but named for screen readers. */
export function ActionsTh() {
  const { t } = useTranslation();
  return (
    <Table.Th>
      <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
    </Table.Th>
  );
}
