import { Button, Group } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface RowActionsProps {
  /** link to the edit page; no edit action without it */
  readonly editTo?: string | undefined;
  /** no delete action without it */
  readonly onDelete?: (() => void) | undefined;
  /** names the row for screen readers, e.g. the vendor's name */
  readonly itemName: string;
}

export function RowActions({ editTo, onDelete, itemName }: RowActionsProps) {
  const { t } = useTranslation();
  if (!editTo && !onDelete) return null;
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {editTo ? (
        <Button
          component={Link}
          to={editTo}
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPencil size={14} aria-hidden />}
          title={t('common.editItem', { name: itemName })}
        >
          {t('common.edit')}
        </Button>
      ) : null}
      {onDelete ? (
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={14} aria-hidden />}
          onClick={onDelete}
          title={t('common.deleteItem', { name: itemName })}
        >
          {t('common.delete')}
        </Button>
      ) : null}
    </Group>
  );
}
