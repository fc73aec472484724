import { Stack, Textarea } from '@mantine/core';
import type { RuleError } from '@vigie/core';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RuleErrorView } from './RuleErrorView';

interface RuleTextFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** the errors of this rule, as the last check found them */
  readonly errors: readonly RuleError[];
  readonly readOnly: boolean;
}

/** The rule in the rule language, checked as it is typed; each error underlined where it is. */
export function RuleTextField({ value, onChange, errors, readOnly }: RuleTextFieldProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const errorsId = useId();
  const select = (error: RuleError) => {
    const field = ref.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(error.offset, Math.min(value.length, error.offset + error.length));
  };
  return (
    <Stack gap="xs">
      <Textarea
        ref={ref}
        label={t('analysis.editor.ruleText')}
        description={t('analysis.editor.ruleTextHint')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={14}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        readOnly={readOnly}
        required
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        // the field is outlined in red; the errors follow it, announced as they change
        error={errors.length > 0}
        data-testid="rule-textarea"
      />
      {errors.length > 0 ? (
        <Stack gap="sm" id={errorsId} aria-live="polite" data-testid="rule-errors">
          {errors.map((error) => (
            <RuleErrorView
              key={`${error.code}-${error.offset}-${error.length}`}
              error={error}
              source={value}
              onShow={readOnly ? undefined : () => select(error)}
            />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
