import { Code, List, Paper, Stack, Text, Title } from '@mantine/core';
import { VIGIE_CSV_REQUIRED_COLUMNS } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_PROFILES } from '../../api/imports';

/** What a newcomer may import: the formats read as they are, and the mapping for the others. */
export function FormatsHelp() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" mt="md" component="section" aria-labelledby="formats-help">
      <Stack gap="sm">
        <Title order={2} size="h4" id="formats-help">
          {t('imports.formats.title')}
        </Title>
        <Text size="sm">{t('imports.formats.files')}</Text>
        <List size="sm" spacing={4}>
          {BUILT_IN_PROFILES.map((p) => (
            <List.Item key={p}>
              <Text span fw={600} size="sm">
                {t(`imports.profiles.${p}`)}
              </Text>
              {' — '}
              {t(`imports.formats.${p}`)}
            </List.Item>
          ))}
        </List>
        <Text size="sm">
          {t('imports.formats.vigieColumns')} <Code>{VIGIE_CSV_REQUIRED_COLUMNS.join(', ')}</Code>
        </Text>
        <Text size="sm">{t('imports.formats.other')}</Text>
        <Text size="sm" c="dimmed">
          {t('imports.formats.docs')}
        </Text>
      </Stack>
    </Paper>
  );
}
