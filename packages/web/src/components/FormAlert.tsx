import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormAlertProps {
  readonly errors: Record<string, ReactNode>;
  /** keys shown beside their inputs; 'contacts.*' covers every key under contacts */
  readonly fieldKeys: readonly string[];
}

function isPlaced(key: string, fieldKeys: readonly string[]): boolean {
  return fieldKeys.some((f) => (f.endsWith('.*') ? key.startsWith(f.slice(0, -1)) : key === f));
}

/** The form's errors that no input shows (whole-form rules, unexpected paths). */
export function FormAlert({ errors, fieldKeys }: FormAlertProps) {
  const { t } = useTranslation();
  const loose = Object.entries(errors).filter(([key, message]) => message && !isPlaced(key, fieldKeys));
  if (loose.length === 0) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('errors.formTitle')} role="alert">
      <List size="sm">
        {loose.map(([key, message]) => (
          <List.Item key={key}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
