import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractProblem } from './contractChecks';
import { pathLabel } from './pathLabel';
import { problemMessage } from './problemMessages';

interface ProblemsSummaryProps {
  readonly problems: readonly ContractProblem[];
  /** what the server refused on the last save, by field path */
  readonly serverErrors: Readonly<Record<string, unknown>>;
  /** after a save was tried: the list turns from a to-do into an error */
  readonly submitted: boolean;
}

const SHOWN = 30;

/**
 * Every problem of the contract, each naming its field ("Version 1 › Phase 2 › Price line 1 ›
 * Unit price: …"), so that none hides in a closed tab.
 */
export const ProblemsSummary = forwardRef<HTMLDivElement, ProblemsSummaryProps>(function ProblemsSummary(
  { problems, serverErrors, submitted },
  ref,
) {
  const { t } = useTranslation();
  const server = Object.entries(serverErrors).filter(([, message]) => typeof message === 'string' && message);
  if (problems.length === 0 && server.length === 0) {
    return (
      <Text size="sm" c="teal.8" ref={ref} tabIndex={-1} data-testid="contract-problems">
        <IconCircleCheck size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
        {t('contracts.problems.none')}
      </Text>
    );
  }
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color={submitted || server.length > 0 ? 'red' : 'yellow'}
      icon={<IconAlertTriangle size={18} />}
      title={
        server.length > 0
          ? t('contracts.problems.refused')
          : t('contracts.problems.title', { count: problems.length })
      }
      role={submitted ? 'alert' : undefined}
      data-testid="contract-problems"
    >
      <List size="sm">
        {server.map(([key, message]) => (
          <List.Item key={`server:${key}`}>
            <strong>{key === '_' ? t('contracts.path.document') : pathLabel(t, key)}</strong>:{' '}
            {String(message)}
          </List.Item>
        ))}
        {problems.slice(0, SHOWN).map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a path may carry two problems
          <List.Item key={`${p.key}:${i}`}>
            <strong>{pathLabel(t, p.key)}</strong>: {problemMessage(t, p)}
          </List.Item>
        ))}
      </List>
      {problems.length > SHOWN ? (
        <Text size="sm" mt="xs">
          {t('contracts.problems.more', { count: problems.length - SHOWN })}
        </Text>
      ) : null}
    </Alert>
  );
});
