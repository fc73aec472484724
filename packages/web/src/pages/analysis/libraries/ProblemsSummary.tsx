import { Alert, Anchor, List, Text } from '@mantine/core';
import type { LibraryRule, RuleError } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../shared/labels';

interface ProblemsSummaryProps {
  readonly rules: readonly LibraryRule[];
  readonly errors: ReadonlyMap<number, readonly RuleError[]>;
  /** problems of the library's own fields (its name) */
  readonly libraryErrors: readonly string[];
  readonly onSelect: (index: number) => void;
  readonly lang: Lang;
}

/** Every problem of the library at once, each leading to its rule; or that there is none. */
export function ProblemsSummary({ rules, errors, libraryErrors, onSelect, lang }: ProblemsSummaryProps) {
  const { t } = useTranslation();
  const entries = [...errors.entries()].sort(([a], [b]) => a - b);
  const count = entries.reduce((n, [, list]) => n + list.length, 0) + libraryErrors.length;
  if (count === 0)
    return (
      <Text size="sm" c="teal.8" data-testid="library-problems" role="status">
        {t('analysis.editor.noProblem')}
      </Text>
    );
  return (
    <Alert
      color="red"
      title={t('analysis.editor.problems', { count })}
      data-testid="library-problems"
      role="status"
    >
      <List size="sm" spacing={2}>
        {libraryErrors.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
        {entries.map(([index, list]) => {
          const rule = rules[index];
          return list.map((error) => (
            <List.Item key={`${index}-${error.code}-${error.offset}`}>
              <Anchor component="button" type="button" size="sm" onClick={() => onSelect(index)}>
                {rule ? rule.label[lang] || rule.id : error.ruleId}
              </Anchor>{' '}
              <Text span size="sm" ff="monospace">
                {error.line}:{error.column}
              </Text>{' '}
              {t(`analysis.ruleErrors.${error.code}`, { defaultValue: error.code })}
            </List.Item>
          ));
        })}
      </List>
    </Alert>
  );
}
