import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import type { RuleError } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { errorExcerpt, errorPlace, pointsIntoText } from './ruleErrors';

interface RuleErrorViewProps {
  readonly error: RuleError;
  /** the rule's text the error is about */
  readonly source: string;
  /** selects the offending characters in the text field */
  readonly onShow?: () => void;
}

/**
 * One error of a rule: where (line:column), what (its code in words and the engine's message), a
 * hint, and the offending characters underlined in the line with a caret under them.
 */
export function RuleErrorView({ error, source, onShow }: RuleErrorViewProps) {
  const { t } = useTranslation();
  const inText = pointsIntoText(error);
  const place = errorPlace(source, error);
  const { before, marked, after } = errorExcerpt(place);
  const carets = '^'.repeat(Math.max(1, marked.length));
  return (
    <Stack gap={4} data-testid="rule-error" data-code={error.code}>
      <Group gap={6} wrap="wrap">
        {inText ? (
          <Text size="sm" ff="monospace" fw={700} c="red.8" data-testid="rule-error-line-column">
            {error.line}:{error.column}
          </Text>
        ) : null}
        <Text size="sm" fw={600} c="red.8">
          {t(`analysis.ruleErrors.${error.code}`, { defaultValue: error.code })}
        </Text>
        <Text size="sm">— {error.message}</Text>
        {inText && onShow ? (
          <Anchor component="button" type="button" size="xs" onClick={onShow}>
            {t('analysis.editor.showInRule')}
          </Anchor>
        ) : null}
      </Group>
      {inText ? (
        <Box
          component="pre"
          m={0}
          p="xs"
          fz="sm"
          ff="monospace"
          style={{ background: 'var(--mantine-color-red-0)', borderRadius: 4, overflowX: 'auto' }}
          aria-hidden="true"
        >
          {before}
          <span
            data-testid="rule-error-position"
            data-offset={error.offset}
            data-length={error.length}
            style={{
              textDecoration: 'underline wavy var(--mantine-color-red-7)',
              textUnderlineOffset: 3,
              background: 'var(--mantine-color-red-2)',
              // the end of the text: the missing part is shown as an empty box
              display: 'inline-block',
              minWidth: marked ? undefined : '0.6em',
              whiteSpace: 'pre',
            }}
          >
            {marked}
          </span>
          {after}
          {'\n'}
          <span style={{ color: 'var(--mantine-color-red-7)' }}>
            {' '.repeat(before.length)}
            {carets}
          </span>
        </Box>
      ) : null}
      {error.hint ? (
        <Text size="xs" c="dimmed">
          {t('analysis.editor.hint', { hint: error.hint })}
        </Text>
      ) : null}
    </Stack>
  );
}
