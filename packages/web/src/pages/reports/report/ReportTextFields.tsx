import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { CoachingTheme, FeedbackReport } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { THEMES } from '../../analysis/shared/labels';

const NONE = 'none';

type TextEdit = Partial<Pick<FeedbackReport, 'title' | 'introduction' | 'focusTheme'>>;

/** The report's own words: its title, its introduction, and the theme this cycle works on. */
export function ReportTextFields({
  report,
  onChange,
}: {
  readonly report: FeedbackReport;
  readonly onChange: (edit: TextEdit) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <TextInput
          label={t('reports.editor.title')}
          maxLength={300}
          value={report.title}
          onChange={(e) => onChange({ title: e.currentTarget.value })}
        />
        <Select
          label={t('reports.report.focusTheme')}
          description={t('reports.editor.focusHint')}
          data={[
            { value: NONE, label: t('reports.report.noFocus') },
            ...THEMES.map((theme) => ({ value: theme, label: t(`analysis.themes.${theme}`) })),
          ]}
          value={report.focusTheme ?? NONE}
          onChange={(value) =>
            onChange({ focusTheme: !value || value === NONE ? null : (value as CoachingTheme) })
          }
          allowDeselect={false}
        />
      </SimpleGrid>
      <Textarea
        label={t('reports.editor.introduction')}
        autosize
        minRows={3}
        maxRows={12}
        maxLength={20_000}
        value={report.introduction}
        onChange={(e) => onChange({ introduction: e.currentTarget.value })}
      />
    </Stack>
  );
}
