import {
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import {
  COACHING_THEMES,
  COST_MEASURES,
  type CoachingTheme,
  type CostMeasure,
  type LibraryRule,
  RULE_KINDS,
  type RuleError,
  type RuleKind,
} from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { RuleErrorView } from './RuleErrorView';
import { RuleTextField } from './RuleTextField';
import { pointsIntoText } from './ruleErrors';

interface RuleFieldsProps {
  readonly rule: LibraryRule;
  readonly onChange: (rule: LibraryRule) => void;
  readonly onDelete: () => void;
  readonly errors: readonly RuleError[];
  /** errors of the fields, by field path inside the rule ('label.fr', 'id'…) */
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly readOnly: boolean;
}

/** Changing the kind keeps only what that kind may have (practices alone have theme, polarity and cost). */
function withKind(rule: LibraryRule, kind: RuleKind): LibraryRule {
  const { theme: _theme, polarity: _polarity, cost: _cost, ...rest } = rule;
  if (kind !== 'practice') return { ...rest, kind };
  return {
    ...rest,
    kind,
    theme: rule.theme ?? 'phone_tool',
    polarity: rule.polarity ?? 'good',
    cost: rule.cost ?? 'none',
  };
}

/** One rule's fields: id, kind, theme, polarity, cost, labels, description and the rule itself. */
export function RuleFields({ rule, onChange, onDelete, errors, fieldErrors, readOnly }: RuleFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<LibraryRule>) => onChange({ ...rule, ...patch });
  const description = rule.description ?? { fr: '', en: '' };
  const setDescription = (lang: 'fr' | 'en', text: string) => {
    const next = { ...description, [lang]: text };
    const { description: _d, ...rest } = rule;
    onChange(next.fr.trim() || next.en.trim() ? { ...rest, description: next } : rest);
  };
  const wholeErrors = errors.filter((e) => !pointsIntoText(e));
  const textErrors = errors.filter(pointsIntoText);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('analysis.editor.id')}
          description={t('analysis.editor.idHint')}
          value={rule.id}
          onChange={(e) => set({ id: e.currentTarget.value })}
          error={fieldErrors.id}
          required
          readOnly={readOnly}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Select
          label={t('analysis.editor.kind')}
          data={RULE_KINDS.map((k) => ({ value: k, label: t(`analysis.kinds.${k}`) }))}
          value={rule.kind}
          onChange={(v) => v && onChange(withKind(rule, v as RuleKind))}
          allowDeselect={false}
          readOnly={readOnly}
        />
      </SimpleGrid>
      {rule.kind === 'practice' ? (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('analysis.editor.theme')}
            data={COACHING_THEMES.map((v) => ({ value: v, label: t(`analysis.themes.${v}`) }))}
            value={rule.theme ?? null}
            onChange={(v) => set({ theme: (v ?? undefined) as CoachingTheme | undefined })}
            error={fieldErrors.theme}
            readOnly={readOnly}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`polarity-${rule.id}`}>
              {t('analysis.editor.polarity')}
            </Text>
            <SegmentedControl
              aria-labelledby={`polarity-${rule.id}`}
              data={[
                { value: 'good', label: t('analysis.editor.polarityGood') },
                { value: 'bad', label: t('analysis.editor.polarityBad') },
              ]}
              value={rule.polarity ?? ''}
              onChange={(v) => set({ polarity: v as 'good' | 'bad' })}
              readOnly={readOnly}
              color={rule.polarity === 'bad' ? 'red' : 'teal'}
              fullWidth
            />
          </Stack>
          <Select
            label={t('analysis.editor.cost')}
            data={COST_MEASURES.map((v) => ({ value: v, label: t(`analysis.cost.${v}`) }))}
            value={rule.cost ?? 'none'}
            onChange={(v) => set({ cost: (v ?? 'none') as CostMeasure })}
            allowDeselect={false}
            readOnly={readOnly}
          />
        </SimpleGrid>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('analysis.editor.labelFr')}
          value={rule.label.fr}
          onChange={(e) => set({ label: { ...rule.label, fr: e.currentTarget.value } })}
          error={fieldErrors['label.fr']}
          required
          readOnly={readOnly}
        />
        <TextInput
          label={t('analysis.editor.labelEn')}
          value={rule.label.en}
          onChange={(e) => set({ label: { ...rule.label, en: e.currentTarget.value } })}
          error={fieldErrors['label.en']}
          required
          readOnly={readOnly}
        />
        <Textarea
          label={t('analysis.editor.descriptionFr')}
          value={description.fr}
          onChange={(e) => setDescription('fr', e.currentTarget.value)}
          error={fieldErrors['description.fr']}
          autosize
          minRows={1}
          maxRows={4}
          readOnly={readOnly}
        />
        <Textarea
          label={t('analysis.editor.descriptionEn')}
          value={description.en}
          onChange={(e) => setDescription('en', e.currentTarget.value)}
          error={fieldErrors['description.en']}
          autosize
          minRows={1}
          maxRows={4}
          readOnly={readOnly}
        />
      </SimpleGrid>
      {wholeErrors.length > 0 ? (
        <Stack gap="xs" data-testid="rule-field-errors">
          {wholeErrors.map((error) => (
            <RuleErrorView key={error.code} error={error} source={rule.rule} />
          ))}
        </Stack>
      ) : null}
      <RuleTextField
        value={rule.rule}
        onChange={(text) => set({ rule: text })}
        errors={textErrors}
        readOnly={readOnly}
      />
      {fieldErrors.rule ? (
        <Text size="sm" c="red.8">
          {fieldErrors.rule}
        </Text>
      ) : null}
      {readOnly ? null : (
        <Group justify="flex-end">
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={onDelete}
          >
            {t('analysis.editor.deleteRule')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
