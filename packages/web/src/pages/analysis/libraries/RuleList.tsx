import { Badge, Button, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { LibraryRule } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../shared/labels';
import { THEMES } from '../shared/labels';
import { PolarityMark } from '../shared/PolarityMark';

interface RuleListProps {
  readonly rules: readonly LibraryRule[];
  readonly selected: number;
  readonly onSelect: (index: number) => void;
  /** errors of each rule, by index */
  readonly errorCounts: ReadonlyMap<number, number>;
  readonly lang: Lang;
  /** absent when the library cannot be edited */
  readonly onAdd?: () => void;
}

interface RuleGroup {
  readonly key: string;
  readonly title: string;
  readonly items: readonly { readonly rule: LibraryRule; readonly index: number }[];
}

/** The groups of rules as the list shows them: practices by theme, then reactions, then definitions. */
function groupRules(rules: readonly LibraryRule[], title: (key: string) => string): RuleGroup[] {
  const indexed = rules.map((rule, index) => ({ rule, index }));
  return [
    ...THEMES.map((theme) => ({
      key: theme,
      title: title(theme),
      items: indexed.filter(({ rule }) => rule.kind === 'practice' && rule.theme === theme),
    })),
    {
      key: 'no-theme',
      title: title('no-theme'),
      items: indexed.filter(({ rule }) => rule.kind === 'practice' && !rule.theme),
    },
    {
      key: 'reaction',
      title: title('reaction'),
      items: indexed.filter(({ rule }) => rule.kind === 'reaction'),
    },
    {
      key: 'definition',
      title: title('definition'),
      items: indexed.filter(({ rule }) => rule.kind === 'definition'),
    },
  ].filter((g) => g.items.length > 0);
}

/** The index of the rule the list shows first. */
export function firstShownRule(rules: readonly LibraryRule[]): number {
  return groupRules(rules, (key) => key)[0]?.items[0]?.index ?? 0;
}

/** The library's rules grouped by kind, and practices by coaching theme; each shows its errors. */
export function RuleList({ rules, selected, onSelect, errorCounts, lang, onAdd }: RuleListProps) {
  const { t } = useTranslation();
  const titles: Readonly<Record<string, string>> = {
    'no-theme': t('analysis.editor.noTheme'),
    reaction: t('analysis.editor.reactions'),
    definition: t('analysis.editor.definitions'),
  };
  const groups = groupRules(rules, (key) => titles[key] ?? t(`analysis.themes.${key}`));
  return (
    <Stack gap="xs" component="nav" aria-label={t('analysis.editor.rulesNav')}>
      {onAdd ? (
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
          {t('analysis.editor.addRule')}
        </Button>
      ) : null}
      <ScrollArea.Autosize mah="calc(100vh - 240px)" type="auto" offsetScrollbars>
        <Stack gap={4}>
          {groups.map((group) => (
            <Stack key={group.key} gap={0} data-rule-group={group.key}>
              <Text size="xs" c="dimmed" fw={700} tt="uppercase" px="xs" pt="xs" pb={2} component="h3" m={0}>
                {group.title}
              </Text>
              {group.items.map(({ rule, index }) => {
                const errors = errorCounts.get(index) ?? 0;
                return (
                  <NavLink
                    key={index}
                    component="button"
                    type="button"
                    active={index === selected}
                    aria-current={index === selected ? 'true' : undefined}
                    onClick={() => onSelect(index)}
                    label={rule.label[lang] || rule.id}
                    description={rule.id}
                    leftSection={<PolarityMark polarity={rule.polarity} />}
                    rightSection={
                      errors > 0 ? (
                        <Badge
                          color="red"
                          size="sm"
                          variant="filled"
                          aria-label={t('analysis.editor.errorCount', { count: errors })}
                        >
                          {errors}
                        </Badge>
                      ) : null
                    }
                    data-rule-index={index}
                    data-rule-id={rule.id}
                    styles={{ description: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  />
                );
              })}
            </Stack>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
