import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../forms/errors';
import { issueMessage, pathKey } from '../../forms/issues';

/**
 * A refused request with everything the server said: its sentence, then each field it names
 * (an unreadable file, an unknown profile, a mapping column missing from the file…).
 */
export function ApiErrorAlert({ error, title }: { readonly error: unknown; readonly title: string }) {
  const { t } = useTranslation();
  const issues = isApiError(error) ? error.issues : [];
  // without issues, the server's own sentence is the only detail (e.g. what is wrong with a file)
  const detail = isApiError(error) && issues.length === 0 && error.status !== 0 ? error.message : '';
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      {errorMessage(t, error)}
      {detail && detail !== errorMessage(t, error) ? <Text size="sm">{detail}</Text> : null}
      {issues.length > 0 ? (
        <List size="sm" mt="xs">
          {issues.map((issue) => (
            <List.Item key={`${pathKey(issue.path)}:${issue.code}`}>
              {issue.path.length > 0 ? `${pathKey(issue.path)}: ` : ''}
              {issueMessage(t, issue)}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
