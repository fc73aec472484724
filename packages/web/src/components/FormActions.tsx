import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface FormActionsProps {
  /** a page form links back to where it came from; a dialog closes itself */
  readonly cancel: string | (() => void);
  readonly saving: boolean;
  /** "Save" unless told otherwise */
  readonly submitLabel?: string;
}

/** The footer of a form: Cancel, then the submit button, which spins while saving. */
export function FormActions({ cancel, saving, submitLabel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {typeof cancel === 'string' ? (
        <Button variant="default" component={Link} to={cancel}>
          {t('common.cancel')}
        </Button>
      ) : (
        <Button variant="default" onClick={cancel}>
          {t('common.cancel')}
        </Button>
      )}
      <Button type="submit" loading={saving}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
